using BorderWatch.Ingestion.Dates;
using BorderWatch.Ingestion.Language;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// Whether a saying told after a meeting's report was made at that meeting (<see cref="AgreementDates"/>): a readout tells
/// what the parties said there in the past ("The guests asked ...", "The Turkmen side stressed ..."), while the body that
/// issues the release speaks in the present on the day it writes ("The regiment urges residents ...", "The ministry
/// stresses that ...").
/// </summary>
/// <remarks>
/// Three checks, all on the parse. The saying's own verb (the event word's governing verb) is in the simple past or the
/// past perfect: a present, a present perfect ("has reaffirmed") or a modal is said now. In the meeting's own paragraph
/// that is enough; in a later paragraph the speaker must be one of the meeting's parties: its subject is a word for a
/// party of talks (dates.json readoutSpeakers: "the sides", "the guests", "the Uzbek side", "they") or the very noun that
/// is the meeting's subject or object ("the minister received ... The minister stressed ..."). The issuing body naming
/// itself ("The regiment warned ...") after the meeting's paragraph is not at the meeting.
/// </remarks>
public sealed class ReadoutSayings(DateLexicon words)
{
    private readonly HashSet<string> parties = new(words.ReadoutSpeakers, StringComparer.OrdinalIgnoreCase);

    /// <param name="saying">The saying's sentence.</param>
    /// <param name="word">The saying's event word in it (null: the sentence's root).</param>
    /// <param name="meeting">The meeting's sentence.</param>
    /// <param name="sameParagraph">The saying is told in the meeting's paragraph.</param>
    public bool SaidAt(ParsedSentence saying, ParsedToken? word, ParsedSentence meeting, bool sameParagraph)
    {
        var verb = SayingVerb(saying, word ?? saying.Root);
        if (!ToldInThePast(saying, verb)) return false;
        if (sameParagraph) return true;
        if (SubjectOf(saying, verb) is not { } speaker) return false;
        if (parties.Contains(speaker.Lemma) || parties.Contains(speaker.Form)) return true;
        // "The minister received the delegation. ... The minister stressed ...": a party the meeting's sentence names.
        return meeting.Root is { } met && meeting.Dependents(met.Index)
            .Any(d => d.BaseRelation is "nsubj" or "obj" && string.Equals(d.Lemma, speaker.Lemma, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Simple past or past perfect; a participle heading its clause with a subject and no auxiliary is the tagger's
    /// reading of a simple past ("The Turkmen side stressed ...").</summary>
    internal static bool ToldInThePast(ParsedSentence parse, ParsedToken? verb) =>
        WritingDay.TenseOf(parse, verb) == WritingDay.Tense.Past
        || verb is { Xpos: "VBN" } && parse.Dependents(verb.Index).Any(d => d.BaseRelation == "nsubj")
                                   && !parse.Dependents(verb.Index).Any(d => d.BaseRelation is "aux" or "cop");

    /// <summary>The verb of saying over <paramref name="word"/>: up to the root, or to a main clause of its own joined to it
    /// ("The sides discussed the canal, and the Uzbek side offered ..."); not the verb of what was said ("stressed that the
    /// forces will not allow ...": "stressed").</summary>
    internal static ParsedToken? SayingVerb(ParsedSentence parse, ParsedToken? word)
    {
        for (var hops = 0; word is not null && hops < 8 && word.Head >= 0; hops++)
        {
            if (word.BaseRelation is "conj" or "parataxis" && parse.Dependents(word.Index).Any(d => d.BaseRelation == "nsubj")) return word;
            word = parse.Tokens[word.Head];
        }
        return word;
    }

    /// <summary>The subject of the verb that governs <paramref name="word"/>: up the heads to the first one with a subject,
    /// through a conjunct to its first verb ("reaffirmed ..., and stressed").</summary>
    internal static ParsedToken? SubjectOf(ParsedSentence parse, ParsedToken? word)
    {
        for (var hops = 0; word is not null && hops < 5; hops++)
        {
            if (parse.Dependents(word.Index).FirstOrDefault(d => d.BaseRelation == "nsubj") is { } subject) return subject;
            if (word.Head < 0) break;
            word = parse.Tokens[word.Head];
        }
        return null;
    }
}
