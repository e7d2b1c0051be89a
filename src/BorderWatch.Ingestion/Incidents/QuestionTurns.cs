using BorderWatch.Ingestion.Dates;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Recognition;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// A journalist's turn at a briefing, press conference or interview: a paragraph that opens with the asker's label
/// ("QUESTION (Radio X):", "Steppe Daily:", "HOST:") and ends in a question. The question and its premise, the sentence
/// right before it ("Some outlets reported that troops crossed the river. Can you comment?"), report no event; the answer
/// that follows is where the record comes from. A premise that dates its event to a day stays: that is a dated
/// event in its own right; so does one that retells another source's report ("Several news sites wrote last week that
/// you had moved armour to the checkpoint. Is that so?"): the claim put to the speaker, denied when the answer opens
/// by saying no (status.json negativeAnswers: "No, ...", "There is no ...", "Nobody ...").
/// </summary>
internal static class QuestionTurns
{
    /// <summary>The premise retells a report: a report verb (status.json accountVerbs, or one the parse reads as a report),
    /// in the past or as a participle ("wrote", "claimed", "claiming"), with the clause it reports after it, itself told in
    /// the past ("had moved", not "has put up"). A report verb in the present retells as well when what it reports is past:
    /// "Traders say soldiers came over the ridge last month" (a present the tagger reads as a bare verb, with no auxiliary, too).</summary>
    internal static bool RetellsReport(ParsedSentence parse, ClauseSyntax syntax) =>
        parse.Tokens.Any(t => t.Upos == Upos.VERB && (t.Xpos is "VBD" or "VBG" or "VBP" or "VBZ" || t.Xpos == "VB" && t.IsRoot) &&
                              (syntax.Lexicon.AccountVerbs.Contains(ClauseSyntax.Lemma(t)) || syntax.Read(parse, t).Role == PredicateRole.Report) &&
                              ClauseSyntax.Reported(parse, t) is { } content && content.Index > t.Index && ToldInPast(parse, content));

    // "had moved", "shot": a past event retold; "has put up a facility", "have stepped up cooperation" tell how things
    // stand, the asker's framing.
    private static bool ToldInPast(ParsedSentence parse, ParsedToken content)
    {
        var aux = parse.Dependents(content.Index).Where(d => d.BaseRelation == "aux").ToList();
        // (A past the tagger reads as a participle with no auxiliary, "soldiers crossed the river", is still the past.)
        return aux.Count == 0 ? content.Xpos is "VBD" or "VBN" : aux.Any(a => a.Xpos == "VBD");
    }

    /// <summary>
    /// The answer to the question turn of sentence <paramref name="si"/> says no to its premise: the next paragraph's first
    /// sentence, from its speaker's words on, opens with a negative answer that stands on its own ("No, ...", "Nothing of
    /// the kind took place"), or its main clause denies ("That is untrue", "We reject these reports") or is negated and
    /// speaks of the premise's own words ("There is no tank near the crossing" after "moved three tanks"). Not: a negation
    /// about something else ("No one was hurt"), a denial word with an object of its own ("We dismissed the post's
    /// commander"), a denial in a clause under the main one.
    /// </summary>
    /// <param name="premiseWords">The lemmas of the content words (nouns, names, verbs) of the premise's clauses.</param>
    internal static bool AnswerDenies(AnalysisInput input, int si, List<Token> tokens, Lexicon lexicon, ISentenceParser parser, IReadOnlySet<string> premiseWords)
    {
        var all = input.Sentences;
        var next = si + 1;
        while (next < all.Count && all[next].Paragraph == all[si].Paragraph) next++;
        if (next >= all.Count) return false;
        var from = WordsStart(all[next]);
        var words = ClauseText.Slice(tokens, from, all[next].End).Where(t => char.IsLetterOrDigit(t.Folded[0])).ToList();
        var parse = parser.Parse(input.Text, from, all[next].End);
        ParsedToken? At(Token t) => parse.Tokens.FirstOrDefault(p => p.Start == t.Start);
        var main = MainClause(parse);
        if (lexicon.NegativeAnswers.Matches(words).Any(m => m.First == 0 && StandsAlone(input.Text, words, m, At))) return true;
        // "That is not true", "We deny it", "We reject these reports": a denial word of the main clause, with no object
        // other than a pronoun, the report or the premise's own words.
        bool OwnObject(ParsedToken head) => parse.Dependents(head.Index).Any(d => d.BaseRelation == "obj" && d.Upos != Upos.PRON &&
            !premiseWords.Contains(ClauseSyntax.Lemma(d)) && !lexicon.DeniedReference.Matches(words).Any(r => Enumerable.Range(r.First, r.Last - r.First + 1).Any(k => At(words[k])?.Index == d.Index)));
        if (lexicon.Denied.Matches(words).Any(m => At(words[m.First]) is { } w && main.Contains(w.Index) && !OwnObject(w.IsRoot ? w : parse.Tokens[w.Head]) && !OwnObject(w)))
            return true;
        // "Our armour has not moved", "There is no tank near the crossing": the main clause negated, on the premise's words.
        return parse.Root is { } root && (ClauseSyntax.Negated(parse, root) || ClauseSyntax.NegatedArgument(parse, root)) &&
               parse.Tokens.Any(t => main.Contains(t.Index) && t.Upos is Upos.NOUN or Upos.PROPN or Upos.VERB && premiseWords.Contains(ClauseSyntax.Lemma(t)));
    }

    // "No," "Nothing of the kind": the negative answer is followed by a stop or is a phrase complete in itself (its last word
    // hangs on a word of the answer); "No one ...", "Not a single guard ..." open a phrase of the clause instead.
    // (Read from the text: the tagger may take "No." for the abbreviation of "number", one token.)
    private static bool StandsAlone(string text, List<Token> words, PhraseMatch m, Func<Token, ParsedToken?> at)
    {
        var end = words[m.Last].End;
        while (end < text.Length && text[end] == ' ') end++;
        if (end >= text.Length || char.IsPunctuation(text[end])) return true;
        if (at(words[m.Last]) is not { } last) return false;
        var inMatch = Enumerable.Range(m.First, m.Last - m.First).Select(k => at(words[k])?.Index).ToHashSet();
        return inMatch.Contains(last.Head);
    }

    /// <summary>The words of the sentence's main clause: those reached from the root without entering a clause of its own.</summary>
    private static HashSet<int> MainClause(ParsedSentence parse)
    {
        var main = new HashSet<int>();
        foreach (var t in parse.Tokens)
        {
            var at = t;
            for (var hops = 0; at is not null && !at.IsRoot && hops <= parse.Tokens.Count; hops++)
                at = at.BaseRelation is "ccomp" or "csubj" or "advcl" or "acl" or "parataxis" or "conj" or "xcomp" or "list" ? null
                    : at.Head < parse.Tokens.Count ? parse.Tokens[at.Head] : null;
            if (at is { IsRoot: true }) main.Add(t.Index);
        }
        return main;
    }

    /// <summary>
    /// "No, there are no armoured vehicles at the post", "That never happened": the first sentence of an answer that says
    /// no to the question turn right before it (<see cref="AnswerDenies"/>, with the content words of the whole turn but its report verbs: "I cannot say" denies nothing) is the
    /// speaker's denial, a statement of its own, from the speaker's words on; whether or not the claim put was recorded.
    /// </summary>
    /// <param name="answer">The answer sentence's parse (from the speaker's words on).</param>
    /// <param name="spans">The sentence's clauses: those of another main clause after the denial's ("That is untrue, and since
    /// then we have moved a mortar team to the bridge") stay; the denial ends where the first of them starts.</param>
    /// <param name="parses">The article's parses (the turn's sentences were parsed for the detector already).</param>
    /// <returns>The sentence's clauses with the denial in place of those of its main clause, or null.</returns>
    internal static List<Clause>? DeniedAnswer(AnalysisInput input, int si, ParsedSentence answer, IReadOnlyList<Clause> spans, List<Token> allTokens,
        IReadOnlyList<EntityMention> allMentions, Lexicon lexicon, ArticleParses parses, DateExpressionFinder finder)
    {
        ISentenceParser parser = parses;
        var all = input.Sentences;
        if (si == 0 || ParagraphStart(all, si) != si || SpeakerParties.TurnSpeaker(input, si, finder) is null) return null;
        var question = si - 1;
        var turn = ParagraphStart(all, question);
        // (A question with no premise before it, "Do you have what you need?", puts no claim: "Nobody ever has everything.")
        if (!EndsInQuestion(all[question].Text) || question == turn || !PutToSpeaker(input, question - 1)) return null;
        var turnWords = new HashSet<string>();
        for (var k = turn; k <= question; k++)
            turnWords.UnionWith(parser.Parse(input.Text, WordsStart(all[k]), all[k].End).Tokens
                .Where(t => t.Upos is Upos.NOUN or Upos.PROPN || t.Upos == Upos.VERB && !lexicon.AnswerEmptyVerbs.Contains(ClauseSyntax.Lemma(t)) && !lexicon.AccountVerbs.Contains(ClauseSyntax.Lemma(t)))
                .Select(ClauseSyntax.Lemma));
        if (!AnswerDenies(input, question, allTokens, lexicon, parser, turnWords)) return null;
        var from = WordsStart(all[si]);
        var main = MainClause(answer);
        // (A clause the splitter kept whole, "That is untrue, and since then we have moved ...", keeps its own conjunct.)
        var kept = spans.Select(s => ParsedClauseRules.TriggerIn(answer, s) is { } trigger && !main.Contains(trigger.Index) &&
                                     ConjunctStart(answer, trigger, main) is int start && start > from ? From(s, Math.Max(s.Start, start), allTokens) : null)
            .OfType<Clause>().ToList();
        var end = kept.Count > 0 ? kept.Min(s => s.Start) : all[si].End;
        var tokens = ClauseText.Slice(allTokens, from, end);
        if (tokens.Count == 0) return null;
        var mentions = ClauseText.MentionsIn(allMentions, from, end);
        var root = parser.Parse(input.Text, from, all[si].End).Root;
        var denial = new Clause
        {
            Start = from, End = end, Tokens = tokens, Mentions = mentions, SentenceFirstToken = 0, ExcerptStart = from,
            SentenceTokens = ClauseText.Slice(allTokens, from, all[si].End), SentenceMentions = ClauseText.MentionsIn(allMentions, from, all[si].End),
            Type = Core.Domain.IncidentType.Statement,
            TriggerToken = root is null ? 0 : Math.Max(0, tokens.FindIndex(t => t.Start == root.Start)), Denial = true, Declared = true,
        };
        return [denial, .. kept];
    }

    // The start of the main clause's conjunct the word is in ("..., and since then we have moved"), or null.
    private static int? ConjunctStart(ParsedSentence parse, ParsedToken word, HashSet<int> main)
    {
        for (var at = word; at.Head >= 0 && at.Head < parse.Tokens.Count; at = parse.Tokens[at.Head])
            if (at.BaseRelation == "conj" && main.Contains(at.Head))
                return ParsedClauseRules.Subtree(parse, at).Where(t => t.BaseRelation is not ("cc" or "punct")).Min(t => t.Start);
        return null;
    }

    // The clause from offset start on (its words, names and trigger; what it was read as stays).
    private static Clause From(Clause s, int start, List<Token> allTokens)
    {
        var tokens = s.Tokens.Where(t => t.Start >= start).ToList();
        var trigger = s.TriggerToken >= 0 && s.TriggerToken < s.Tokens.Count ? tokens.FindIndex(t => t.Start == s.Tokens[s.TriggerToken].Start) : -1;
        return new Clause
        {
            Start = start, End = s.End, Tokens = tokens, Mentions = s.Mentions.Where(m => m.Start >= start).ToList(),
            SentenceFirstToken = s.SentenceFirstToken, Type = s.Type, TriggerToken = trigger, WeakTrigger = s.WeakTrigger, Speaker = s.Speaker,
            Denial = s.Denial, AnswersEarlier = s.AnswersEarlier, SaysNotHappened = s.SaysNotHappened, Blames = s.Blames, Declared = s.Declared,
            AgreedOutcome = s.AgreedOutcome, FirstPersonSubject = s.FirstPersonSubject, Skip = s.Skip, SentenceTokens = s.SentenceTokens,
            SentenceMentions = s.SentenceMentions, ExcerptStart = Math.Max(s.ExcerptStart, start),
        };
    }

    /// <summary>Longest asker's label, in words, before the colon that opens the turn.</summary>
    internal const int LabelWords = 6;

    internal static bool InQuestionTurn(AnalysisInput input, int si, DateExpressionFinder finder) =>
        PutToSpeaker(input, si) && !DatesItsDay(input.Sentences[si].Text, finder);

    /// <summary>"Q: I mean to ride from Osh to Kashgar over Irkeshtam on 3 March. Is the road open?": the premise of a question
    /// turn whose main predicate has the asker ("I") as its subject and reports nothing tells the asker's own doings (a
    /// private trip, a plan), whatever day it gives: no party's act (precision37). "I heard that ..." stays hearsay.</summary>
    internal static bool AskersOwn(ParsedSentence parse, ClauseSyntax syntax) =>
        parse.Tokens.FirstOrDefault(t => t.IsRoot) is { Upos: Upos.VERB } root && syntax.Read(parse, root).Role != PredicateRole.Report &&
        parse.Dependents(root.Index).Any(d => d.BaseRelation == "nsubj" && d.Form == "I");

    /// <summary>The sentence is the premise of a journalist's question turn, the sentence right before its question.</summary>
    internal static bool PutToSpeaker(AnalysisInput input, int si)
    {
        // (A paragraph's sentences stand together: walk out from this one to its first and last.)
        var all = input.Sentences;
        var paragraph = all[si].Paragraph;
        int first = ParagraphStart(all, si), last = si;
        while (last + 1 < all.Count && all[last + 1].Paragraph == paragraph) last++;
        while (first < last && all[first].IsDateline) first++;
        // The premise is the sentence right before the question ("..., the Border Service says. One soldier is in hospital.
        // Nurbek, what do we know?": the anchor's report before a hand-over stays).
        return si + 1 == last && EndsInQuestion(all[last].Text) && OpensWithLabel(all[first].Text);
    }

    /// <summary>"Last Thursday, the 5th of November, the commissions met in Khujand. What came out of it?": a premise that
    /// dates its event to a day reports a dated event in its own right; one told "last week" or undated is the asker's framing.
    /// <param name="finder">The detector's date stage's finder (di42).</param></summary>
    internal static bool DatesItsDay(string sentence, DateExpressionFinder finder) =>
        finder.Find(sentence).Any(d => d.Day is not null || d.Weekday is not null);

    internal static bool EndsInQuestion(string sentence) => sentence.TrimEnd('"', '\'', '”', '’', '»', ')', ' ').EndsWith('?');

    /// <summary>The first sentence of sentence <paramref name="si"/>'s paragraph.</summary>
    internal static int ParagraphStart(IReadOnlyList<Sentence> all, int si)
    {
        var first = si;
        while (first > 0 && all[first - 1].Paragraph == all[si].Paragraph) first--;
        return first;
    }

    /// <summary>"QUESTION (Pamir Radio): ...", "China Daily: ...": a short label with a capital, no sentence end, before ": ".</summary>
    internal static bool OpensWithLabel(string sentence) => Label(sentence) is not null;

    /// <summary>
    /// "OSPANOV: From Monday we will ...", "Jumabaev: Our guards ...": where the speaker's own words start, after a turn's
    /// name label (every word of it capitalised); the sentence's start when it opens with no such label. The parser reads
    /// the words, not the label (which it would take for the subject).
    /// </summary>
    internal static int WordsStart(Sentence sentence)
    {
        if (Label(sentence.Text) is not { } label || !label.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => char.IsUpper(w.TrimStart('(')[0]))) return sentence.Start;
        var at = sentence.Text.IndexOf(": ", StringComparison.Ordinal) + 2;
        while (at < sentence.Text.Length && char.IsWhiteSpace(sentence.Text[at])) at++;
        return at < sentence.Text.Length ? sentence.Start + at : sentence.Start;
    }

    /// <summary>The label a turn opens with (see <see cref="OpensWithLabel"/>), trimmed; null when there is none.</summary>
    internal static string? Label(string sentence)
    {
        var colon = sentence.IndexOf(": ", StringComparison.Ordinal);
        if (colon <= 0) return null;
        var label = sentence[..colon].Trim();
        if (label.Length == 0 || !char.IsUpper(label[0]) || label.IndexOfAny(['.', '!', '?', ',', ';']) >= 0) return null;
        return label.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= LabelWords ? label : null;
    }
}
