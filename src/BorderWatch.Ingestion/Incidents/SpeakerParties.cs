using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Dates;
using BorderWatch.Ingestion.Gazetteer;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Recognition;
using static BorderWatch.Ingestion.Incidents.ClauseText;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// The parties of a clause that names none of its own but is told by someone the document has already named (news20):
/// <list type="bullet">
/// <item>an answer in the first person in a speaker's turn of an interview, press conference or phone-in ("NAZAROV: From
/// Monday we will reinforce the posts ..."): the speaker's side acts, so the clause's parties are the state the speaker
/// was introduced with ("Kubanychbek Sarybaev, Deputy Minister of Foreign Affairs of the Kyrgyz Republic"), else the
/// states of the sentences just before (the question);</item>
/// <item>a clause whose source is "it" after it ("..., it added.", "..., it said on Friday."): it goes on with the report
/// just told and speaks of the parties that report named.</item>
/// </list>
/// </summary>
internal static class SpeakerParties
{
    // The words of Lexicon/speakers.json (tidy37): firstPersonWords ("I" is read only as a capital: a lower-case "i" is a
    // list marker or a typo), sourcePronouns ("it added"), titleBreaks.

    /// <summary>How many sentences back a turn's label may name a speaker introduced before.</summary>
    private const int IntroductionReach = 60;

    /// <summary>How far before the event word the first-person subject may stand ("our patrol came under fire").</summary>
    private const int SubjectReach = 3;

    /// <summary>
    /// The speaker's own side acts: a first-person word ("we", "our", "I", "my") just before the clause's event word
    /// ("we will open", "I met", "our patrol came under fire"); not one elsewhere ("it was ratified by our parliament",
    /// "We regard such publications as an attempt to spoil the next round of talks").
    /// </summary>
    /// <summary>A first-person word anywhere in the text ("our guards detained ..."): the speaker tells it of the speaker's own side.</summary>
    internal static bool InFirstPerson(SpeakerLexicon words, string text) =>
        NameNormalizer.Tokenize(text).Any(t => words.FirstPersonWords.Contains(t.Folded) || t.Original == "I");

    internal static bool FirstPerson(SpeakerLexicon words, Clause span)
    {
        if (span.FirstPersonSubject) return true;
        var trigger = span.TriggerToken;
        if (trigger <= 0 || trigger >= span.Tokens.Count) return false;
        for (var k = Math.Max(0, trigger - SubjectReach); k < trigger; k++)
            if (words.FirstPersonWords.Contains(span.Tokens[k].Folded) || span.Tokens[k].Original == "I") return true;
        return false;
    }

    /// <summary>"Our officers and theirs will walk the section": the subject of the event word holds a first-person word,
    /// however far before it; an event noun is read with the verb it is the object of ("this month we held a command
    /// exercise", "we carried out two joint patrols").</summary>
    internal static bool FirstPersonSubject(SpeakerLexicon words, Language.ParsedSentence parse, Language.ParsedToken trigger)
    {
        if (trigger.Upos == Language.Upos.NOUN && trigger.BaseRelation == "obj" && trigger.Head >= 0) trigger = parse.Tokens[trigger.Head];
        return trigger.Upos == Language.Upos.VERB &&
               parse.Dependents(trigger.Index).Where(d => d.BaseRelation == "nsubj").SelectMany(d => ParsedClauseRules.Subtree(parse, d))
                   .Any(t => words.FirstPersonWords.Contains(t.Form.ToLowerInvariant()) || t.Form == "I");
    }

    /// <summary>"..., it added.": the clause's source is a pronoun set off by a comma after it, with a speech verb.</summary>
    internal static bool PronounSource(Lexicon lexicon, SpeakerLexicon words, string text, Clause span)
    {
        var toks = span.Tokens;
        foreach (var verb in lexicon.Speech.Matches(toks))
        {
            var p = verb.First - 1;
            if (p < 1 || !words.SourcePronouns.Contains(toks[p].Folded)) continue;
            if (text.AsSpan(toks[p - 1].End, toks[p].Start - toks[p - 1].End).IndexOf(',') < 0) continue;
            // The verb ends the clause, or only a time follows it ("it added on Friday").
            if (verb.Last + 1 >= toks.Count || toks[verb.Last + 1].Folded is "on" or "in" or "late" or "later" or "earlier" or "last") return true;
        }
        return false;
    }

    /// <summary>
    /// The speaker's turn the sentence is in: its paragraph opens with a short label before a colon ("SARYBAEV:",
    /// "Jumabaev:") that is not an asker's ("QUESTION (Kabar):") — the label's last word, else null.
    /// </summary>
    internal static string? TurnSpeaker(AnalysisInput input, int si, DateExpressionFinder finder)
    {
        var opening = input.Sentences[QuestionTurns.ParagraphStart(input.Sentences, si)].Text;
        if (QuestionTurns.Label(opening) is not { } label || QuestionTurns.InQuestionTurn(input, si, finder)) return null;
        var words = label.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var last = words[^1].Trim('(', ')');
        return last.Length >= 3 && last.All(char.IsLetter) ? last : null;
    }

    /// <summary>
    /// The state the turn's speaker was introduced with: in the first sentence before the turn that names the speaker
    /// (outside a turn label), the first state (or place of a state) after the name and before the next person's; a state that only names a
    /// border watched ("the Chinese frontier") is not the speaker's own.
    /// </summary>
    /// <param name="state">The gazetteer's entry of a state by its code: a place of the speaker's state stands for that state
    /// (the speaker is from the state, not at the place).</param>
    internal static List<EntityMention> SpeakerState(Lexicon lexicon, SpeakerLexicon words, AnalysisInput input, int si, IReadOnlyList<EntityMention> allMentions, List<Token> allTokens,
        Func<string, GazetteerEntry?> state, DateExpressionFinder finder)
    {
        if (TurnSpeaker(input, si, finder) is not { } name) return [];
        for (var k = Math.Max(0, si - IntroductionReach); k < si; k++)
        {
            var sentence = input.Sentences[k];
            var toks = Slice(allTokens, sentence.Start, sentence.End);
            var at = toks.FindIndex(t => string.Equals(t.Original, name, StringComparison.OrdinalIgnoreCase) &&
                                         !sentence.Text.AsSpan(t.End - sentence.Start).TrimStart().StartsWith(":"));
            if (at < 0) continue;
            if (OwnState(lexicon, MentionsIn(allMentions, toks[at].End, sentence.End), toks, state) is { } introduced) return introduced;
            // recall36: "an interview with a retired Tajik border colonel": the state that qualifies the speaker's title.
            if (QualifyingState(lexicon, words, MentionsIn(allMentions, sentence.Start, toks[at].Start), toks, at, state) is [_] qualified) return qualified;
            // border30: "Speakers: Colonel X, head of the department" names the office without its state; a page head
            // that names one state ("press conference of the head of the West Kazakhstan regional border department")
            // gives it. recall36: the head runs to the first turn, so a head whose introduction is its own title
            // ("a retired border colonel on forty years of the frontier") is read on to its standfirst ("Interview by our
            // Khorog correspondent").
            return HeadState(lexicon, input, Math.Max(k, FirstTurn(input, k, si)), allMentions, allTokens, state);
        }
        return [];
    }

    // The first state (or place of a state) among the mentions, before the next person's name; not a state that only
    // names a border watched ("the Chinese frontier"). Null when none.
    private static List<EntityMention>? OwnState(Lexicon lexicon, List<EntityMention> mentions, List<Token> toks, Func<string, GazetteerEntry?> state)
    {
        foreach (var m in mentions)
        {
            if (m.Entry.Kind == EntryKind.Person) return null;
            // "deputy head of the Sughd regional border department": a province of the speaker's state names it too.
            if (m.Entry.Kind != EntryKind.State && !(m.Entry.Kind == EntryKind.Place && m.Entry.Country is not null)) continue;
            var after = toks.Where(t => t.Start >= m.End).Take(3).ToList();
            // (Not "the Tajik border guards": a border actor noun after it makes the state the speaker's own.)
            if (lexicon.BorderWords.Matches(after).Any(b => b.First == 0 && !(b.Last + 1 < after.Count && lexicon.BorderActorNouns.Matches([after[b.Last + 1]]).Count > 0))) continue;
            if (m.Entry.Kind == EntryKind.State) return [m];
            return state(m.Entry.Country!) is { Kind: EntryKind.State } own ? [m with { Entry = own, Alternatives = [] }] : [];
        }
        return null;
    }

    /// <summary>How many words may stand between the state and the speaker's title it qualifies ("Tajik border colonel",
    /// "Kyrgyz army reserve major").</summary>
    private const int QualifierReach = 3;

    /// <summary>
    /// recall36: the state named just before the speaker's title in the introduction ("a retired Tajik border colonel", "the
    /// Kyrgyz commander"), with only words of the title between (no comma, no preposition, no other name); a state read
    /// as the speaker's own (not "the Chinese frontier" before it).
    /// </summary>
    private static List<EntityMention>? QualifyingState(Lexicon lexicon, SpeakerLexicon words, List<EntityMention> before, List<Token> toks, int title,
        Func<string, GazetteerEntry?> state)
    {
        if (before.Count == 0) return null;
        var last = before[^1];
        if (last.Entry.Kind != EntryKind.State) return null;
        var first = toks.FindIndex(t => t.Start >= last.End);
        if (first < 0 || first > title || title - first > QualifierReach) return null;
        for (var k = first; k < title; k++)
            if (!toks[k].Original.All(c => char.IsLetter(c) || c == '-') || words.TitleBreaks.Contains(toks[k].Folded)) return null;
        return [last];
    }

    /// <summary>The first sentence from <paramref name="from"/> up to <paramref name="si"/> that opens a labelled turn
    /// paragraph: the end of the page head; <paramref name="from"/> itself when none does.</summary>
    private static int FirstTurn(AnalysisInput input, int from, int si)
    {
        // (The page's title is no turn, though it may read like one: "Memories of the river: a retired major on ...".)
        for (var j = Math.Max(from, 1); j <= si && j <= HeadReach; j++)
            if (QuestionTurns.ParagraphStart(input.Sentences, j) == j && QuestionTurns.Label(input.Sentences[j].Text) is not null) return j;
        return from;
    }

    /// <summary>How many sentences a page head may run before the speakers are introduced (title, dateline, standfirst).</summary>
    private const int HeadReach = 4;

    /// <summary>
    /// The state of a page head: the sentences before the speaker's introduction (at most <see cref="HeadReach"/>, the
    /// introduction being near the top of the page), when all the states they name, as the speaker's own would be read,
    /// are one. A head naming two states, or none, gives nothing.
    /// </summary>
    private static List<EntityMention> HeadState(Lexicon lexicon, AnalysisInput input, int introduction, IReadOnlyList<EntityMention> allMentions,
        List<Token> allTokens, Func<string, GazetteerEntry?> state)
    {
        if (introduction > HeadReach) return [];
        var found = new List<EntityMention>();
        for (var k = 0; k < introduction; k++)
        {
            var sentence = input.Sentences[k];
            var toks = Slice(allTokens, sentence.Start, sentence.End);
            // (A state named as people's citizenship, "on the detention of Uzbek citizens", is the head's topic, not the
            // office's state: border31.)
            var mentions = MentionsIn(allMentions, sentence.Start, sentence.End).Where(m => !Citizenship.Of(lexicon, toks, m)).ToList();
            if (mentions.Any(m => m.Entry.Kind == EntryKind.Person)) return [];
            // (Every state the sentence names counts, not only its first: "a joint briefing of the Naryn and Sughd
            // departments" names two: border31.)
            var before = found.Count;
            for (var rest = mentions; OwnState(lexicon, rest, toks, state) is [var own]; rest = rest.Where(m => m.Start > own.Start).ToList())
                found.Add(own);
            if (found.Count == before && mentions.Any(m => m.Entry.Kind == EntryKind.State)) return [];
        }
        return found.Select(m => m.Entry.Key).Distinct().Count() == 1 ? [found[0]] : [];
    }
}
