using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Gazetteer;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Recognition;
using static BorderWatch.Ingestion.Incidents.ClauseText;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>Who asserts a clause's claim: "according to X", "citing X", else the clause's speaker.</summary>
internal sealed class SourceAttribution
{
    private readonly SpeakerFinder speakers;
    private readonly Lexicon lexicon;

    public SourceAttribution(SpeakerFinder speakers, Lexicon lexicon)
    {
        this.speakers = speakers;
        this.lexicon = lexicon;
    }

    /// <summary>
    /// Who asserts the span's claim, as a whole noun phrase with its offsets: the phrase after a source introducer
    /// (statements.json sourceIntroducers: "according to", "as reported by", "citing") in the sentence, else the span's speaker. Persons are given by their canonical name.
    /// </summary>
    internal (string? Text, int Start, int End) Source(string text, Clause span)
    {
        var toks = span.SentenceTokens;
        var mentions = span.SentenceMentions;
        foreach (var from in SourceIntroducers.SourceStarts(lexicon.SourceIntroducers, toks))
            if (speakers.PhraseSpeaker(text, toks, mentions, from, speakers.PhraseRight(text, toks, mentions, from)) is { } introduced)
                return (Name(introduced), introduced.Start, introduced.End);
        return span.Speaker is { Phrase: not null } speaker ? (Name(speaker), speaker.Start, speaker.End) : (null, -1, -1);
    }

    /// <summary>
    /// Who speaks in a clause: its own speaker, else (a clause a rule made of its whole sentence, with no speech act read
    /// on it) the speaker of the sentence's last speech act ("..., Rashidov added.").
    /// </summary>
    internal Speaker? SpeakerOf(string text, Clause span) =>
        span.Speaker ?? (lexicon.Speech.Matches(span.Tokens).OrderBy(m => m.First).LastOrDefault() is { Pattern: not null } said
            ? speakers.FindSpeaker(text, span, said) : null);

    internal static string Name(Speaker s) => s.Entry?.Kind == EntryKind.Person ? s.Entry.CanonicalName : s.Phrase!;

    /// <summary>The attribution as stored: a source that spoke anonymously in the sentence before is called anonymous,
    /// unless its own words already say so.</summary>
    internal string? Attribution(string? source, bool anonymous)
    {
        if (source is null || !anonymous || lexicon.SpeaksAnonymously.Matches(NameNormalizer.Tokenize(source)).Count > 0) return source;
        // "The border guard said ..." right after a source spoke on condition of anonymity.
        var words = source.Split(' ', 2);
        return "anonymous " + (words.Length == 2 && Determiners.Contains(words[0].ToLowerInvariant()) ? words[1] : source);
    }
}
