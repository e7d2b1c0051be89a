using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Gazetteer;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Recognition;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// Stages 5, 7 and 8: finds incidents and claims sentence by sentence (clause by clause where a sentence holds
/// two), types them from trigger lexicons and entity evidence, sets status and attribution, dates them through
/// <see cref="DateResolver"/> and assigns a border.
/// </summary>
public sealed class IncidentDetector
{
    private readonly EntityRecognizer recognizer;
    private readonly Lexicon lexicon;
    private readonly BorderAssigner borders;
    private const string Hub = "AFG";

    public IncidentDetector(EntityRecognizer recognizer, Lexicon lexicon)
    {
        this.recognizer = recognizer;
        this.lexicon = lexicon;
        borders = new BorderAssigner(recognizer.Gazetteer, Hub);
    }

    private static readonly Lazy<IncidentDetector> DefaultInstance = new(() => new IncidentDetector(EntityRecognizer.Default, Lexicon.Default));
    public static IncidentDetector Default => DefaultInstance.Value;

    // ---- per-span facts ----

    /// <param name="Start">Offset of the speaker's words in the text (-1 when unknown).</param>
    /// <param name="Named">The phrase is a proper name ("Luca Anceschi"): a source to name, though not an office that makes statements.</param>
    private sealed record Speaker(bool Official, string? Phrase, GazetteerEntry? Entry, int Start = -1, int End = -1, bool Named = false);

    private sealed class Span
    {
        public required int Start { get; init; }
        public required int End { get; set; }
        public required List<Token> Tokens { get; init; }
        public required List<EntityMention> Mentions { get; init; }
        public required int SentenceFirstToken { get; init; }
        public IncidentType? Type { get; set; }
        public int TriggerToken { get; set; } = -1;
        public Speaker? Speaker { get; set; }
        public bool Denial { get; set; }
        /// <summary>A forecast or historical aside: never an incident, never merged into one.</summary>
        public bool Skip { get; set; }
        public required List<Token> SentenceTokens { get; init; }
        public required List<EntityMention> SentenceMentions { get; init; }
        /// <summary>Excerpt start when a clause without its own actors borrows the preceding words.</summary>
        public int ExcerptStart { get; set; }
    }

    public IReadOnlyList<ExtractedIncident> Detect(AnalysisInput input)
    {
        var text = input.Text;
        var mentions = recognizer.Recognize(text, new DocumentContext());
        var tokens = NameNormalizer.Tokenize(text);
        var dateContext = DateResolver.ContextFor(text, input.Sentences, input.Published);

        // Document border: from every sentence's states and border words.
        var sentenceEvidence = input.Sentences.Select(s => Evidence(Slice(tokens, s.Start, s.End), MentionsIn(mentions, s.Start, s.End), IncidentType.Statement)).ToList();
        var documentBorder = borders.DocumentBorder(sentenceEvidence);

        var result = new List<ExtractedIncident>();
        var paragraphOf = new List<int>();
        Speaker? previousSpeaker = null;
        var previousAnonymous = false;
        for (var si = 0; si < input.Sentences.Count; si++)
        {
            var sentence = input.Sentences[si];
            var sentenceTokens = Slice(tokens, sentence.Start, sentence.End);
            if (sentenceTokens.Count == 0) continue;
            if (IsNotAnIncidentSentence(input, si, sentenceTokens)) { previousSpeaker = null; previousAnonymous = false; continue; }

            var spans = Classify(text, sentence, tokens, mentions, previousSpeaker);
            var anonymousHere = lexicon.Unconfirmed.Matches(sentenceTokens).Any(m => m.Pattern.Contains("anonym", StringComparison.Ordinal));
            var found = new List<(Span Span, ExtractedIncident Incident)>();
            foreach (var (span, index) in spans.Select((s, i) => (s, i)))
            {
                var nextDenies = index + 1 < spans.Count && spans[index + 1].Denial;
                var incident = Build(input, si, span, spans.Count > 1, nextDenies, previousAnonymous, tokens, mentions, dateContext, documentBorder);
                if (incident is not null) found.Add((span, incident));
            }
            // "Tajik officials denied the reports.": the claims of the sentence before are denied, and the denial is
            // about their border.
            string? deniedBorder = null;
            if (found.Any(x => x.Span.Denial && x.Incident.Type == IncidentType.Statement && lexicon.DeniedReference.Matches(x.Span.Tokens).Count > 0) && si > 0)
            {
                var before = input.Sentences[si - 1];
                for (var k = 0; k < result.Count; k++)
                    if (result[k].ExcerptStart >= before.Start && result[k].ExcerptEnd <= before.End && result[k].Type != IncidentType.Statement)
                    {
                        result[k] = result[k] with { Status = IncidentStatus.Denied };
                        deniedBorder ??= result[k].BorderCode;
                    }
            }
            // "... and battling Afghan forces there": a clause pointing back takes the border of its sentence; so does
            // the denial of a claim in the same sentence.
            var sentenceBorder = found.Select(x => x.Incident.BorderCode).FirstOrDefault(b => b is not null);
            // "the incident", "the shoot-out" with no border of its own: the border of the incident it points back to.
            var earlierBorder = result.Where(r => r.ExcerptStart >= input.Sentences[Math.Max(0, si - 3)].Start).Select(r => r.BorderCode).LastOrDefault(b => b is not null);
            foreach (var (span, incident) in found)
            {
                var added = incident.BorderCode is not null ? incident
                    : sentenceBorder is not null && (lexicon.Deictic.Matches(span.Tokens).Count > 0 || span.Denial) ? incident with { BorderCode = sentenceBorder }
                    : deniedBorder is not null && span.Denial ? incident with { BorderCode = deniedBorder }
                    : earlierBorder is not null && IsAnaphoric(span) ? incident with { BorderCode = earlierBorder }
                    : incident;
                result.Add(ContinuesPrevious(input, si, added, result, paragraphOf) ?? added);
                paragraphOf.Add(sentence.Paragraph);
            }
            previousSpeaker = spans.Select(s => s.Speaker).LastOrDefault(s => s is { Official: true });
            previousAnonymous = anonymousHere;
        }
        return result;
    }

    private const string NoDateNote = "no date in the text";

    /// <summary>
    /// "Tajik soldiers opened fire on a Kyrgyz patrol ..." right after "Kyrgyz and Tajik troops fought on Friday": an
    /// event with no date of its own, of the same type as the incident just before it (in its paragraph or the one
    /// before), continues that incident and takes its date instead of the document's.
    /// </summary>
    private static ExtractedIncident? ContinuesPrevious(AnalysisInput input, int si, ExtractedIncident incident, List<ExtractedIncident> before, List<int> paragraphOf)
    {
        if (before.Count == 0 || incident.Type == IncidentType.Statement || incident.Status == IncidentStatus.Planned) return null;
        if (incident.DateNote is not { } note || !note.StartsWith(NoDateNote, StringComparison.Ordinal)) return null;
        var previous = before[^1];
        if (previous.Type != incident.Type || paragraphOf[^1] < input.Sentences[si].Paragraph - 1) return null;
        if (!previous.Date.IsKnown || previous.DateNote?.StartsWith(NoDateNote, StringComparison.Ordinal) == true ||
            previous.Date.Precision <= incident.Date.Precision) return null;
        return incident with { Date = previous.Date, DateInferred = true, DateNote = $"continues the {previous.Type.ToCode()} just before it ({previous.Date})" };
    }

    /// <summary>
    /// A span that points back with a definite reference ("the shoot-out", "the smugglers") and names no state, person,
    /// armed group or place of its own, apart from whoever tells it ("Taliban spokesman Zabiullah Mujahid told reporters the incident ...").
    /// </summary>
    private bool IsAnaphoric(Span span) =>
        lexicon.Anaphoric.Matches(span.Tokens).Count > 0 &&
        !span.Mentions.Any(m => (m.Entry.Kind is EntryKind.State or EntryKind.Person or EntryKind.ArmedGroup || m.Place is not null) &&
                                !(span.Speaker is { Start: >= 0 } sp && m.Start >= sp.Start && m.End <= sp.End));

    private BorderEvidence Evidence(List<Token> toks, List<EntityMention> ms, IncidentType type) =>
        new(StatesInOrder(ms), lexicon.BorderWords.Matches(toks).Count > 0, null, type, false);

    private static List<Token> Slice(List<Token> tokens, int start, int end) =>
        tokens.Where(t => t.Start >= start && t.End <= end).ToList();

    private static List<EntityMention> MentionsIn(IReadOnlyList<EntityMention> mentions, int start, int end) =>
        mentions.Where(m => m.Start >= start && m.End <= end).ToList();

    // ---- sentence filters ----

    private bool IsNotAnIncidentSentence(AnalysisInput input, int si, List<Token> tokens)
    {
        var s = input.Sentences[si];
        if (s.IsDateline) return true;
        var t = s.Text.TrimEnd('"', '\'', '”', '’', '»', ')', ' ');
        if (t.EndsWith('?')) return true;
        var lower = s.Text.ToLowerInvariant();
        if (lexicon.CaptionCues.Any(c => lower.Contains(c, StringComparison.Ordinal))) return true;
        if (lexicon.HeadlineStarts.Any(h => lower.StartsWith(h, StringComparison.Ordinal))) return true;
        if (lexicon.Historical.Matches(tokens).Count > 0) return true;
        var alone = input.Sentences.Count(x => x.Paragraph == s.Paragraph && !x.IsDateline) == 1;
        // Headlines and labels: a one-sentence paragraph without closing punctuation.
        if (alone && !".!\"”’'".Contains(s.Text[^1])) return true;
        // Photo captions: a one-sentence paragraph whose only verb is a participle ("soldiers marching at ...").
        if (alone && IsParticipleCaption(tokens)) return true;
        return false;
    }

    // Finite verbs, with the irregular past tenses news uses most ("fell", "fled", "took"): a sentence with one is no caption.
    private static readonly HashSet<string> FiniteVerbs = new(StringComparer.Ordinal)
    { "is", "are", "was", "were", "has", "have", "had", "will", "would", "said", "says", "can", "could", "may", "might", "does", "did", "do",
      "fell", "fled", "took", "fought", "met", "sent", "held", "began", "came", "went", "told", "made", "gave", "saw", "struck", "shot",
      "hit", "left", "led", "ran", "won", "brought", "bought", "sought", "caught", "kept", "built", "broke", "spoke", "drove", "rose",
      "lost", "got", "set", "put", "stood", "flew", "withdrew", "overran", "retook", "swam", "crept" };

    private static bool IsParticipleCaption(List<Token> tokens) =>
        tokens.Any(t => t.Folded.EndsWith("ing", StringComparison.Ordinal) && t.Folded.Length > 5) &&
        !tokens.Any(t => FiniteVerbs.Contains(t.Folded) || (t.Folded.EndsWith("ed", StringComparison.Ordinal) && t.Folded.Length > 4));

    // ---- clause splitting and classification ----

    private List<Span> Classify(string text, Sentence sentence, List<Token> allTokens, IReadOnlyList<EntityMention> allMentions, Speaker? previousSpeaker)
    {
        var cuts = ClauseCuts(text, sentence);
        var spans = new List<Span>();
        var sentenceTokens = Slice(allTokens, sentence.Start, sentence.End);
        var firstToken = sentenceTokens[0];
        var facts = FactsOf(sentenceTokens);
        for (var i = 0; i < cuts.Count - 1; i++)
        {
            var (start, end) = Trim(text, cuts[i], cuts[i + 1]);
            if (end <= start) continue;
            var toks = Slice(allTokens, start, end);
            if (toks.Count == 0) continue;
            var span = new Span
            {
                Start = start, End = end, Tokens = toks, Mentions = MentionsIn(allMentions, start, end),
                SentenceFirstToken = toks[0].Start == firstToken.Start ? 0 : -1, ExcerptStart = start,
                SentenceTokens = sentenceTokens, SentenceMentions = MentionsIn(allMentions, sentence.Start, sentence.End),
            };
            ClassifySpan(span, i == 0 ? previousSpeaker : null, text, sentence, facts);
            spans.Add(span);
        }
        spans = MergeClauses(spans.Where(s => !s.Skip).ToList());
        if (spans.Count == 1) spans = SplitMeetingIntro(text, sentence, spans[0], allTokens, allMentions, facts);
        spans = spans.SelectMany(x => SplitDeniedClaim(text, sentence, x, allTokens, allMentions, facts)).ToList();
        // "denied reports that fighters crossed the river and fired on a post": a clause that goes on with the denied
        // claim's subject is part of the claim.
        for (var k = 1; k < spans.Count; k++)
            if (spans[k - 1].Denial && spans[k - 1].Type is not IncidentType.Statement && SharesSubject(spans[k])) spans[k].Denial = true;
        // A trailing attribution ("..., sources in Ashgabat said.") is the source of every clause before it.
        if (spans.Count > 1 && spans[^1].Speaker is { Phrase: not null, Start: >= 0 } trailing &&
            trailing.Start > text.LastIndexOf(',', sentence.End - 1, sentence.End - sentence.Start))
            foreach (var span in spans.Where(x => x.Speaker is null)) span.Speaker = trailing;
        return spans.Where(s => s.Type is not null).ToList();
    }

    private List<int> ClauseCuts(string text, Sentence sentence)
    {
        var cuts = new SortedSet<int> { sentence.Start, sentence.End };
        foreach (var sep in lexicon.ClauseSeparators)
        {
            var from = 0;
            while ((from = sentence.Text.IndexOf(sep, from, StringComparison.Ordinal)) >= 0)
            {
                var at = sentence.Start + from;
                var after = at + sep.Length;
                // ", which" opens a new clause only when a new subject follows ("which Ashgabat called ...").
                if (sep.Contains("which", StringComparison.Ordinal))
                {
                    if (after < text.Length && char.IsUpper(text[after])) cuts.Add(at + 2);
                }
                else if (MayCut(text, sentence, at, after, sep)) cuts.Add(at);
                from += sep.Length;
            }
        }
        return cuts.ToList();
    }

    /// <summary>
    /// A conjunction separates two incidents only outside quotations (a quote is one statement), not between two
    /// names ("Russian and Turkmen troops") and not before a relative clause ("and where ... are stationed").
    /// </summary>
    private bool MayCut(string text, Sentence sentence, int at, int after, string sep)
    {
        var before = text[sentence.Start..at];
        var open = before.Count(c => c == '“') - before.Count(c => c == '”') + before.Count(c => c == '"') % 2;
        if (open > 0) return false;
        var nextWord = new string(text[after..sentence.End].TakeWhile(char.IsLetter).ToArray());
        if (lexicon.RelativeWords.Contains(nextWord.ToLowerInvariant())) return false;
        // "said the men were smugglers and that the group would help": a second thing said in the same breath.
        if (nextWord == "that") return false;
        if (sep.Trim() == "and")
        {
            // "an exchange between police and smugglers": the two ends of "between" are one phrase.
            if (before.Split(' ', StringSplitOptions.RemoveEmptyEntries).TakeLast(4).Any(w => w == "between")) return false;
            var prevWord = new string(before.TrimEnd().Reverse().TakeWhile(char.IsLetter).Reverse().ToArray());
            if (prevWord.Length > 0 && nextWord.Length > 0 && char.IsUpper(prevWord[0]) && char.IsUpper(nextWord[0])) return false;
            // The last item of a list: "troops, tanks and artillery".
            var lastComma = before.LastIndexOf(',');
            if (lastComma >= 0 && before[(lastComma + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 2) return false;
        }
        if (sep.Trim() == "after")
        {
            // "... after Taliban fighters captured the crossing": a clause with a subject of its own, not "after two days of fighting".
            var rest = text[after..sentence.End].Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
            static bool Named(string w) => w.Length > 0 && char.IsUpper(w[0]) && DateWords.All(d => !w.StartsWith(d, StringComparison.Ordinal));
            return rest.Length > 1 && (Named(rest[0]) || (rest[0] is "the" or "its" or "their" && Named(rest[1])));
        }
        return true;
    }

    private static readonly string[] DateWords =
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May",
         "June", "July", "August", "September", "October", "November", "December"];

    private static (int, int) Trim(string text, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] == ',')) start++;
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == ',')) end--;
        return (start, end);
    }

    /// <summary>What the whole sentence says about its triggers: whether any is a regular one, and whether a modal in it reports uncertainty.</summary>
    private sealed record SentenceFacts(bool HasRegularTrigger, bool ModalsReport);

    private SentenceFacts FactsOf(List<Token> sentenceTokens)
    {
        // "Unconfirmed reports suggest Russia may send ...", "... may have crossed, an official said": the modal
        // marks an uncertain report (status unconfirmed), not the author's speculation.
        var modals = lexicon.Modals.Matches(sentenceTokens).Select(m => m.First).ToHashSet();
        var reportCue = lexicon.Unconfirmed.Matches(sentenceTokens).Any(m => !modals.Contains(m.First)) ||
                        lexicon.Speech.Matches(sentenceTokens).Count > 0 ||
                        sentenceTokens.Zip(sentenceTokens.Skip(1)).Any(p => p.First.Folded == "according" && p.Second.Folded == "to");
        var facts = new SentenceFacts(false, reportCue);
        return facts with { HasRegularTrigger = TriggersIn(sentenceTokens, 0, facts, []).Any(t => !t.Weak) };
    }

    // How far after "who"/"which" the relative clause's own verb may stand ("who had tried to cross").
    private const int RelativeReach = 4;

    /// <summary>A trigger found in a clause: its type, the index of its first token, whether it is weak.</summary>
    private readonly record struct Trigger(IncidentType Type, int At, bool Weak);

    /// <summary>
    /// Every trigger of a clause in type priority order. Left out: triggers governed by a hypothetical word ("possible
    /// attacks", "could push"; a modal only when the sentence does not report it), topics of talks ("discussed security
    /// along the border"), "agreed to" + another act (that act is the event), and acts someone "never said" happened.
    /// Weak: the lexicon's things-not-acts and triggers right after a circumstance word ("after two days of fighting").
    /// </summary>
    private List<Trigger> TriggersIn(List<Token> toks, int f, SentenceFacts facts, List<PhraseMatch> speech, IReadOnlyList<EntityMention>? mentions = null)
    {
        var modalWords = lexicon.Modals;
        var hyp = lexicon.Hypothetical.Matches(toks, f)
            .Where(h => !facts.ModalsReport || modalWords.Matches([.. toks.Skip(h.First).Take(h.Last - h.First + 1)]).Count == 0).ToList();
        bool Hypothetical(PhraseMatch m) => hyp.Any(h => h.Last < m.First && h.Last >= m.First - 3);
        var topics = lexicon.TopicVerbs.Matches(toks, f);
        bool Topic(PhraseMatch m) => topics.Any(t => t.Last < m.First);
        var circumstances = lexicon.Circumstance.Matches(toks, f);
        // "after two days of fighting" is a circumstance; "after Tajikistan deployed troops" is a clause of its own.
        bool Circumstance(PhraseMatch m) => circumstances.Any(c => c.Last < m.First && c.Last >= m.First - 4 &&
            !toks.Skip(c.Last + 1).Take(m.First - c.Last - 1).Any(t => char.IsUpper(t.Original[0])));
        var negations = lexicon.Negations.Matches(toks, f);
        bool Negated(PhraseMatch m) => negations.Any(n => n.Last < m.First && n.Last >= m.First - 3);
        // What someone "never said" happened is not reported as happening.
        bool Unsaid(PhraseMatch m) => speech.Where(sp => sp.Last < m.First).ToList() is { Count: > 0 } prior && Negated(prior[^1]);
        var membership = lexicon.Membership.Matches(toks, f).Count > 0;
        // "Tashkent will not allow its territory to be used for attacks": what a party refuses to allow is not an event.
        var refusals = lexicon.Refusals.Matches(toks, f);
        bool Refused(PhraseMatch m) => refusals.Any(r => r.Last < m.First);
        // "The Taliban returned to power": a takeover only when an armed group is named before the phrase.
        var armedGroupBefore = mentions is not null
            ? toks.Select((t, i) => (t, i)).Where(x => mentions.Any(m => m.Entry.Kind == EntryKind.ArmedGroup && m.Start <= x.t.Start && x.t.End <= m.End)).Select(x => x.i).DefaultIfEmpty(int.MaxValue).Min()
            : int.MaxValue;

        var found = new List<(IncidentType Type, PhraseMatch Match, bool Weak)>();
        foreach (var (type, phrases) in lexicon.Triggers)
        {
            if (type == IncidentType.Agreement && membership) continue;
            foreach (var m in phrases.Matches(toks, f))
                if (!Hypothetical(m) && !Unsaid(m) && !Refused(m) && (type == IncidentType.DiplomaticMeeting || !Topic(m)))
                    found.Add((type, m, Circumstance(m)));
        }
        foreach (var (type, phrases) in lexicon.ArmedGroupTriggers)
            foreach (var m in phrases.Matches(toks, f))
                if (armedGroupBefore < m.First && !Hypothetical(m) && !Unsaid(m) && !Refused(m) && !Topic(m))
                    found.Add((type, m, Circumstance(m)));
        // "they seized Kabul", "militants captured Khamyab": a capture verb with a named place as its object.
        if (mentions is not null)
            foreach (var m in lexicon.CaptureVerbs.Matches(toks, f))
                if (m.Last + 1 < toks.Count && mentions.Any(x => x.Place is { } place && place.PlaceKind is not (PlaceKind.River or PlaceKind.Province or PlaceKind.Region)
                        && x.Start == toks[m.Last + 1].Start) && !Hypothetical(m) && !Unsaid(m) && !Refused(m) && !Topic(m))
                    found.Add((IncidentType.TerritorialControl, m, Circumstance(m)));
        foreach (var (type, phrases) in lexicon.WeakTriggers)
            foreach (var m in phrases.Matches(toks, f))
                if (!Hypothetical(m) && !Unsaid(m) && !Refused(m) && !Topic(m))
                    found.Add((type, m, true));
        // "agreed to discuss", "agreed to deploy": the act agreed on is the event.
        found.RemoveAll(x => x.Type == IncidentType.Agreement && x.Match.Pattern.StartsWith("agree", StringComparison.Ordinal) &&
                             found.Any(y => y.Type != IncidentType.Agreement && y.Match.First == x.Match.Last + 1));
        // "reinforced the protection of the border" is tightened security, not the "reinforced" of a deployment: a
        // trigger inside a longer one of another type gives way to it.
        found.RemoveAll(x => found.Any(y => y.Type != x.Type && y.Match.First <= x.Match.First && y.Match.Last >= x.Match.Last &&
                                            y.Match.Last - y.Match.First > x.Match.Last - x.Match.First));
        // "guards exchanged fire with men who tried to cross", "soldiers who had fought the Taliban fled across the
        // river": the first act of a relative clause describes a party; it gives way to a regular trigger of the main clause.
        // A relative clause that reports speech ("a guard who told him that ...") carries the event itself: it stays.
        var relatives = toks.Select((t, i) => (t, i)).Where(x => x.i > 0 && lexicon.RelativeWords.Contains(x.t.Folded) && x.t.Folded != "where").Select(x => x.i).ToList();
        var speechAt = lexicon.Speech.Matches(toks, f);
        bool InRelative((IncidentType Type, PhraseMatch Match, bool Weak) x) => relatives.Any(r => r < x.Match.First && x.Match.First - r <= RelativeReach &&
            found.Where(y => y.Match.First > r).MinBy(y => y.Match.First).Match.First == x.Match.First &&
            !speechAt.Any(sp => sp.First > r && sp.First < x.Match.First));
        if (found.Any(x => !x.Weak && !InRelative(x)))
            found = found.Select(x => InRelative(x) ? (x.Type, x.Match, true) : x).ToList();
        // "The shooting stopped after the two sides agreed a ceasefire": a definite reference to an incident told before
        // gives way to a new act in its clause.
        var backReferences = lexicon.Anaphoric.Matches(toks, f);
        bool PointsBack((IncidentType Type, PhraseMatch Match, bool Weak) x) => backReferences.Any(a => a.First <= x.Match.First && a.Last >= x.Match.Last);
        if (found.Any(x => !x.Weak && !PointsBack(x)))
            found = found.Select(x => PointsBack(x) ? (x.Type, x.Match, true) : x).ToList();
        var order = lexicon.Triggers.Select(t => t.Type).ToList();
        // Fighting during a crossing attempt is an armed clash: a fighting act outranks the crossing in its clause.
        int Rank((IncidentType Type, PhraseMatch Match, bool Weak) x) =>
            x.Type == IncidentType.ArmedClash && !x.Weak && lexicon.FightingActs.Matches(toks.Skip(x.Match.First).Take(x.Match.Last - x.Match.First + 1).ToList()).Count > 0
                ? -1 : order.IndexOf(x.Type);
        return found.OrderBy(Rank).ThenBy(x => x.Match.First)
            .Select(x => new Trigger(x.Type, x.Match.First, x.Weak)).ToList();
    }

    private void ClassifySpan(Span span, Speaker? inheritedSpeaker, string text, Sentence sentence, SentenceFacts facts)
    {
        var toks = span.Tokens;
        var f = span.SentenceFirstToken;
        if (lexicon.Forecast.Matches(toks, f).Count > 0) { span.Skip = true; return; }

        // Speech acts, leaving out parenthetical sources ("as noted by X"): they say who reports, not who claims.
        var speech = lexicon.Speech.Matches(toks, f)
            .Where(m => !(m.Last + 1 < toks.Count && toks[m.Last + 1].Folded == "by" && m.First > 0 && toks[m.First - 1].Folded == "as"))
            .OrderBy(m => m.First).ToList();
        // "“... and nobody in Dushanbe said a word,” Umarov said.": words said inside a quotation are the quoted
        // person's; the sentence's own speech act is the one outside it.
        if (speech.Any(m => !InQuotation(text, sentence, toks[m.First].Start)))
            speech = speech.Where(m => !InQuotation(text, sentence, toks[m.First].Start)).ToList();
        // "Asked about how Kazakhstan has fared, Omarov said ...": an opening participle sets the scene; the finite
        // verb after it is the speech act.
        if (speech.Count > 1 && speech[0].First == 0 && f == 0) speech.RemoveAt(0);
        // "since being admitted to the union": a word read as an event ("admitted to") is not a speech act as well.
        var eventWords = lexicon.Triggers.SelectMany(t => t.Phrases.Matches(toks, f)).ToList();
        speech = speech.Where(m => !eventWords.Any(e => e.First <= m.First && e.Last >= m.Last && e.Last > e.First)).ToList();
        var negations = lexicon.Negations.Matches(toks, f);
        bool Negated(PhraseMatch m) => negations.Any(n => n.Last < m.First && n.Last >= m.First - 3);

        var triggers = TriggersIn(toks, f, facts, speech, span.Mentions);
        // A weak trigger types the clause only when no clause of the sentence has a regular one
        // ("deployed troops and armoured vehicles": the vehicles are what was deployed, not an arms transfer).
        var chosen = triggers.Where(t => !t.Weak).Cast<Trigger?>().FirstOrDefault()
                     ?? (facts.HasRegularTrigger ? null : triggers.Cast<Trigger?>().FirstOrDefault());
        (IncidentType Type, int At)? ev = chosen is { } c ? (c.Type, c.At) : null;
        var cues = lexicon.StatementCues.Matches(toks, f).OrderBy(m => m.First).ToList();
        span.Denial = lexicon.Denied.Matches(toks, f).Count > 0;
        var speaker = speech.Count > 0 ? FindSpeaker(text, span, speech[0]) : inheritedSpeaker is not null && StartsWithQuote(text, span.Start) ? inheritedSpeaker : null;
        span.Speaker = speaker;
        var hasActor = span.Mentions.Any(m => m.Entry.Kind != EntryKind.Place);
        var hasState = span.Mentions.Any(m => m.Entry.Kind is EntryKind.State or EntryKind.Person or EntryKind.ArmedGroup || m.Entry.Kind == EntryKind.Organization && m.Entry.Country is not null);

        if (span.Denial && (hasActor || speech.Count > 0 || StartsWithPronoun(toks)))
        {
            span.Type = IncidentType.Statement; span.TriggerToken = 0; return;
        }
        // "might be warning", "never said": speculation or silence, not a statement.
        var speculative = speech.Count > 0 && (lexicon.Modals.Matches(toks, f).Any(m => m.Last < speech[0].First && m.Last >= speech[0].First - 4) || Negated(speech[0]));
        if (speaker is { Official: true } && !speculative)
        {
            var firstCue = cues.Count > 0 ? cues[0].First : int.MaxValue;
            // A thing rather than an act ("said the men were drug traffickers") does not outweigh an assessment, an
            // offer or a warning in the same words.
            var statementWins = (cues.Count > 0 && (ev is null || firstCue < ev.Value.At || chosen is { Weak: true })) || (ev is null && hasState);
            // Talks about a threat are a statement; a visit with no assessment stays a meeting.
            if (ev is { Type: IncidentType.DiplomaticMeeting } && cues.Count > 0 && speech[0].First < ev.Value.At) statementWins = true;
            // "Kabul called the exercises a provocation", "Lapin told reporters the drills would ...": speaking about an
            // event named before is a statement, not the event again.
            if (speech.Count > 0 && ev is { } known && speech[0].Last < known.At && known.At > 0 && toks[known.At - 1].Folded is "the" or "these" or "this" or "those")
                statementWins = true;
            if (statementWins) { span.Type = IncidentType.Statement; span.TriggerToken = speech.Count > 0 ? speech[0].First : 0; return; }
        }
        if (ev is not null) { span.Type = ev.Value.Type; span.TriggerToken = ev.Value.At; }
    }

    /// <summary>True when <paramref name="at"/> lies inside a quotation of its sentence.</summary>
    private static bool InQuotation(string text, Sentence sentence, int at)
    {
        var before = text[sentence.Start..Math.Max(sentence.Start, at)];
        return before.Count(c => c == '“') - before.Count(c => c == '”') + before.Count(c => c == '"') % 2 > 0;
    }

    private static bool StartsWithQuote(string text, int at) => at < text.Length && "“\"«‘'".Contains(text[at]);

    private static bool StartsWithPronoun(List<Token> toks) => toks.Count > 0 && toks[0].Folded is "it" or "they" or "he" or "she" or "which" or "though";

    private static readonly HashSet<string> PersonalPronouns = new(StringComparer.Ordinal) { "he", "she", "i", "him", "her" };
    private static readonly HashSet<string> CapitalisedFunctionWords = new(StringComparer.Ordinal)
    { "the", "a", "an", "in", "on", "at", "and", "but", "however", "accordingly", "therefore", "moreover", "also", "after", "as", "of", "course", "for", "this", "that", "mr", "dr", "prof", "general", "president", "minister", "it", "they", "we", "finally", "then" };

    // ---- speakers and sources: whole noun phrases ----

    private const int MaxPhraseWords = 10;
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "the", "a", "an" };
    private static readonly HashSet<string> Linkers = new(StringComparer.Ordinal) { "of", "for", "and" };
    // Words between a speaker and the speech verb ("Lavrov also said", "officials have said").
    private static readonly HashSet<string> BeforeSpeech = new(StringComparer.Ordinal)
    { "also", "has", "have", "had", "was", "were", "is", "are", "later", "again", "then", "reportedly", "previously", "earlier", "recently",
      "officially", "publicly", "repeatedly", "already", "further", "once", "would", "could", "may", "might", "will", "did", "does", "do", "not", "never", "n't" };
    // Words after a speaker that still close the phrase ("said the envoy on Monday", "told the ministry in a statement").
    private static readonly HashSet<string> AfterSpeaker = new(StringComparer.Ordinal) { "on", "in", "at", "during", "after", "to", "when", "while", "late", "early", "last" };

    /// <summary>Punctuation between two words that ends a noun phrase (a possessive apostrophe does not).</summary>
    private static bool Breaks(string text, Token a, Token b) =>
        b.Start - a.End > 3 || text.AsSpan(a.End, b.Start - a.End).IndexOfAny(",;:()[]\"“”«»—–\n") >= 0;

    private static EntityMention? MentionAt(IReadOnlyList<EntityMention> mentions, Token t) =>
        mentions.FirstOrDefault(m => m.Start <= t.Start && t.End <= m.End);

    /// <summary>The first token of the noun phrase that ends at token <paramref name="end"/>, walking left; -1 if none.</summary>
    private int PhraseLeft(string text, List<Token> toks, IReadOnlyList<EntityMention> mentions, int end)
    {
        var start = -1;
        var i = end;
        while (i >= 0 && end - i < MaxPhraseWords)
        {
            var t = toks[i];
            if (i < end && Breaks(text, t, toks[i + 1])) break;
            if (MentionAt(mentions, t) is { } mention)
            {
                var first = i;
                while (first > 0 && toks[first - 1].Start >= mention.Start) first--;
                // A place says where, never who: "Hairatan Uzbek officials" are Uzbek officials. But "a spokesman in
                // Takhar province": the place after "in" after an office stays inside the phrase.
                if (mention.Entry.Kind == EntryKind.Place && !AfterOfficeIn(toks, first)) break;
                start = first;
                i = first - 1;
                continue;
            }
            var w = t.Folded;
            if (IsDateWord(t.Original)) break;
            if (Determiners.Contains(w))
            {
                start = i;
                // "a source in the republic's security agencies": a determiner after "in" after an office stays inside.
                if (AfterOfficeIn(toks, i)) { i--; continue; }
                // "the head of the Tajik border guards": a determiner after "of" stays inside.
                if (i >= 2 && toks[i - 1].Folded is "of" or "for" && !Breaks(text, toks[i - 1], t)) { i--; continue; }
                break;
            }
            if (Linkers.Contains(w)) { if (start < 0 || i == 0) break; i--; continue; }
            // "its ambassador to Moscow", "sources in Ashgabat": "to", "in" or "at" after an office stays inside.
            if (w is "to" or "in" or "at" && start >= 0 && i > 0 && lexicon.OfficialRoles.Matches([toks[i - 1]]).Count > 0 && !Breaks(text, toks[i - 1], t)) { i--; continue; }
            if (lexicon.SpeakerStops.Contains(w) || char.IsDigit(w[0])) break;
            start = i;
            i--;
        }
        return start;
    }

    /// <summary>Token <paramref name="i"/> follows "in"/"at" that follows an office word ("sources in", "a spokesman at").</summary>
    private bool AfterOfficeIn(List<Token> toks, int i) =>
        i >= 2 && toks[i - 1].Folded is "in" or "at" && lexicon.OfficialRoles.Matches([toks[i - 2]]).Count > 0;

    /// <summary>The last token of the noun phrase that starts at token <paramref name="start"/>, walking right; -1 if none.</summary>
    private int PhraseRight(string text, List<Token> toks, IReadOnlyList<EntityMention> mentions, int start)
    {
        var last = -1;
        var i = start;
        while (i < toks.Count && i - start < MaxPhraseWords)
        {
            var t = toks[i];
            if (i > start && Breaks(text, toks[i - 1], t)) break;
            if (MentionAt(mentions, t) is { } mention)
            {
                if (mention.Entry.Kind == EntryKind.Place) break;
                var lastToken = i;
                while (lastToken + 1 < toks.Count && toks[lastToken + 1].End <= mention.End) lastToken++;
                last = lastToken;
                i = lastToken + 1;
                continue;
            }
            var w = t.Folded;
            if (Determiners.Contains(w))
            {
                if (i == start || toks[i - 1].Folded is "of" or "for" or "in" or "at" or "to") { i++; continue; }
                break;
            }
            if (Linkers.Contains(w))
            {
                if (last < 0 || i + 1 >= toks.Count || lexicon.SpeakerStops.Contains(toks[i + 1].Folded)) break;
                i++;
                continue;
            }
            // "a source in the Defence Ministry", "officials in Bishkek": "in", "at" or "to" after an office stays inside.
            if (w is "in" or "at" or "to" && last == i - 1 && lexicon.OfficialRoles.Matches([toks[i - 1]]).Count > 0) { i++; continue; }
            if (lexicon.SpeakerStops.Contains(w) || char.IsDigit(w[0])) break;
            last = i;
            i++;
        }
        return last;
    }

    /// <summary>A speaker from the noun phrase toks[first..last]: its entity (a person before an organization before a state) and whether it speaks officially.</summary>
    private Speaker? PhraseSpeaker(string text, List<Token> toks, IReadOnlyList<EntityMention> mentions, int first, int last)
    {
        if (first < 0 || last < first || Determiners.Contains(toks[last].Folded) || Linkers.Contains(toks[last].Folded)) return null;
        var start = toks[first].Start;
        var end = toks[last].End;
        // The office's own words, not its posting: in "ambassador to Moscow" Moscow does not speak.
        var inside = mentions.Where(m => m.Start >= start && m.End <= end && m.Entry.Kind != EntryKind.Place &&
                                         !(toks.FindIndex(t => t.Start == m.Start) is var k && k > first && toks[k - 1].Folded == "to")).ToList();
        var entry = inside.LastOrDefault(m => m.Entry.Kind == EntryKind.Person)?.Entry
                    ?? inside.LastOrDefault(m => m.Entry.Kind is EntryKind.Organization or EntryKind.ArmedGroup or EntryKind.Media)?.Entry
                    ?? inside.LastOrDefault()?.Entry;
        var official = entry is not null || lexicon.OfficialRoles.Matches(toks.GetRange(first, last - first + 1)).Count > 0;
        // A person is named canonically only when the phrase ends with the name ("Tajik President Emomali Rahmon"),
        // not when the name only qualifies it ("the Trump administration").
        var head = inside.LastOrDefault(m => m.End == end);
        if (entry?.Kind == EntryKind.Person && head?.Entry != entry) entry = head?.Entry ?? inside.LastOrDefault(m => m.Entry.Kind != EntryKind.Person)?.Entry;
        // "Umarov said" after "Temur Umarov" was named: the surname stands for the full name, who speaks on the record.
        // The surname of an official named with the office ("Foreign Minister Vladimir Norov") speaks for that office.
        if (entry is null && first == last && FullNameBefore(text, toks[first]) is { } fullName)
            return new Speaker(fullName.Official, fullName.Name, null, start, end, Named: true);
        return new Speaker(official, text[start..end], entry, start, end, Named: IsProperName(toks, mentions, first, last));
    }

    /// <summary>"Temur Umarov" earlier in the text for the lone surname "Umarov", if there is one.</summary>
    private (string Name, bool Official)? FullNameBefore(string text, Token surname)
    {
        var word = surname.Original;
        if (word.Length < 3 || !char.IsUpper(word[0]) || !word.Skip(1).All(char.IsLower) || IsDateWord(word)) return null;
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(text[..surname.Start],
                     @"\b(\p{Lu}\p{Ll}+)\s+" + System.Text.RegularExpressions.Regex.Escape(word) + @"\b"))
        {
            var given = m.Groups[1].Value.ToLowerInvariant();
            if (CapitalisedFunctionWords.Contains(given) || lexicon.OfficialRoles.Matches(NameNormalizer.Tokenize(given)).Count > 0 || IsDateWord(given)) continue;
            // An office right before the full name ("Foreign Minister Vladimir Norov", "spokesman Bilal Karimi").
            var before = NameNormalizer.Tokenize(text[Math.Max(0, m.Index - 40)..m.Index]);
            var official = before.Count > 0 && lexicon.OfficialRoles.Matches([before[^1]]).Count > 0;
            return (m.Groups[1].Value + " " + word, official);
        }
        return null;
    }

    /// <summary>Two to four capitalised words with no date word and no place among them: a name.</summary>
    private static bool IsProperName(List<Token> toks, IReadOnlyList<EntityMention> mentions, int first, int last)
    {
        var words = toks.GetRange(first, last - first + 1).Where(t => !Determiners.Contains(t.Folded)).ToList();
        return words.Count is >= 2 and <= 4 && words.All(t => char.IsUpper(t.Original[0]) && !IsDateWord(t.Original) && MentionAt(mentions, t) is not { Entry.Kind: EntryKind.Place });
    }

    private static bool IsDateWord(string word) => DateWords.Any(d => string.Equals(d, word, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The one who speaks, as a whole noun phrase: after a passive "by"; after the verb when it is inverted ("..., said
    /// the head of the border guards"); else the phrase just before the verb (past adverbs, and past an apposition set
    /// off by commas: "Alikbek Dzhekshenkulov, Kyrgyz ambassador to Moscow, said"); else the nearest name or official
    /// noun before, then after, the verb. A place is never the speaker.
    /// </summary>
    private Speaker FindSpeaker(string text, Span span, PhraseMatch speech)
    {
        var toks = span.SentenceTokens;
        var mentions = span.SentenceMentions;
        var first = toks.FindIndex(t => t.Start == span.Tokens[speech.First].Start);
        var last = toks.FindIndex(t => t.Start == span.Tokens[speech.Last].Start);
        bool ClosesClause(int e) => e + 1 >= toks.Count || Breaks(text, toks[e], toks[e + 1]) || AfterSpeaker.Contains(toks[e + 1].Folded);
        Speaker? Right(int from)
        {
            var e = PhraseRight(text, toks, mentions, from);
            if (e < 0 || !ClosesClause(e)) return null;
            // "said the Kyrgyz envoy, Alikbek Dzhekshenkulov, ...": the name in apposition is the speaker.
            if (e + 1 < toks.Count && Breaks(text, toks[e], toks[e + 1]) && MentionAt(mentions, toks[e + 1]) is { Entry.Kind: EntryKind.Person } person)
            {
                var p = e + 1;
                while (p + 1 < toks.Count && toks[p + 1].End <= person.End) p++;
                if (ClosesClause(p)) return PhraseSpeaker(text, toks, mentions, from, p);
            }
            return PhraseSpeaker(text, toks, mentions, from, e);
        }

        if (last + 1 < toks.Count && toks[last + 1].Folded == "by")
            return (last + 2 < toks.Count ? Right(last + 2) : null) ?? new Speaker(false, null, null);

        // Inverted: "“...,” said the envoy", "Militants attacked a post, said the head of the border guards."
        if (first > 0 && last + 1 < toks.Count && text.AsSpan(toks[first - 1].End, toks[first].Start - toks[first - 1].End).IndexOfAny(",”\"") >= 0 &&
            toks[last + 1].Folded != "that" && Right(last + 1) is { } inverted && (inverted.Official || inverted.Named) &&
            !(inverted.Entry?.Kind == EntryKind.State && mentions.Any(m => m.Start == inverted.Start && m.End == inverted.End)))
            return inverted;

        var j = first - 1;
        while (j >= 0 && BeforeSpeech.Contains(toks[j].Folded) && !Breaks(text, toks[j], toks[j + 1])) j--;
        // "The reports, which appeared on Telegram on Sunday, said ...": the speaker is the phrase before the relative clause.
        if (j >= 1 && text.AsSpan(toks[j].End, toks[j + 1].Start - toks[j].End).IndexOf(',') >= 0)
        {
            var open = j;
            while (open > 0 && !Breaks(text, toks[open - 1], toks[open])) open--;
            if (open > 0 && lexicon.RelativeWords.Contains(toks[open].Folded) && text.AsSpan(toks[open - 1].End, toks[open].Start - toks[open - 1].End).IndexOf(',') >= 0 &&
                PhraseSpeaker(text, toks, mentions, PhraseLeft(text, toks, mentions, open - 1), open - 1) is { } antecedent)
                return antecedent;
        }
        if (j >= 0)
        {
            if (PersonalPronouns.Contains(toks[j].Folded)) return new Speaker(false, null, null);
            var comma = text.AsSpan(toks[j].End, toks[j + 1].Start - toks[j].End).IndexOf(',') >= 0;
            var phraseStart = PhraseLeft(text, toks, mentions, j);
            if (comma && phraseStart >= 0)
            {
                // An apposition before the verb: a name in it speaks; otherwise the phrase before it does.
                var appositive = PhraseSpeaker(text, toks, mentions, phraseStart, j);
                if (appositive?.Entry is { Kind: not EntryKind.State }) return appositive;
                var k = phraseStart;
                while (k > 0 && text.AsSpan(toks[k - 1].End, toks[k].Start - toks[k - 1].End).IndexOf(',') < 0) k--;
                if (k > 0 && PhraseSpeaker(text, toks, mentions, PhraseLeft(text, toks, mentions, k - 1), k - 1) is { } head && (head.Official || head.Named)) return head;
            }
            if (!comma && PhraseSpeaker(text, toks, mentions, phraseStart, j) is { } before) return before;
        }

        // Fallback: the nearest name or official noun before the verb, else after it.
        Speaker? At(int i, bool forward)
        {
            var t = toks[i];
            var mention = MentionAt(mentions, t);
            if (mention is not null && mention.Entry.Kind != EntryKind.Place && (!forward || mention.Entry.Kind != EntryKind.State))
                return new Speaker(true, mention.Text, mention.Entry, mention.Start, mention.End);
            if (lexicon.OfficialRoles.Matches([t]).Count > 0 && PhraseLeft(text, toks, mentions, i) is var s0 && s0 >= 0)
                return PhraseSpeaker(text, toks, mentions, s0, i);
            return null;
        }
        // "on how Kyrgyzstan has fared": the subject of an indirect question is its topic, not a speaker.
        bool Topic(int i) => Enumerable.Range(Math.Max(0, i - 2), Math.Min(2, i)).Any(k => toks[k].Folded is "how" or "whether" or "why" or "what");
        for (var i = first - 1; i >= Math.Max(0, first - 10); i--)
        {
            if (Topic(i)) continue;
            if (At(i, forward: false) is { } s) return s;
            var t = toks[i];
            if (PersonalPronouns.Contains(t.Folded)) return new Speaker(false, null, null);
            if (char.IsUpper(t.Original[0]) && !CapitalisedFunctionWords.Contains(t.Folded) && !IsDateWord(t.Original) && i > 0 && MentionAt(mentions, t) is null)
                // The whole name the word ends: "Tajikistan's State Committee for National Security", not "Security".
                return PhraseLeft(text, toks, mentions, i) is var s0 && s0 >= 0 && PhraseSpeaker(text, toks, mentions, s0, i) is { } named
                    ? named : new Speaker(false, t.Original, null, t.Start, t.End);
        }
        for (var i = last + 1; i < Math.Min(toks.Count, last + 7); i++)
            if (At(i, forward: true) is { } s) return s;
        return new Speaker(false, null, null);
    }

    /// <summary>Clauses without a type of their own join a neighbour; neighbouring clauses of one type become one.</summary>
    private static List<Span> MergeClauses(List<Span> spans)
    {
        var merged = new List<Span>();
        foreach (var s in spans)
        {
            if (merged.Count > 0)
            {
                var last = merged[^1];
                if (s.Type is null || last.Type is null || s.Type == last.Type)
                {
                    if (last.Type is null && s.Type is not null) merged[^1] = Absorb(s, last);
                    else
                    {
                        last.End = s.End;
                        last.Tokens.AddRange(s.Tokens);
                        last.Mentions.AddRange(s.Mentions);
                        last.Denial |= s.Denial;
                    }
                    continue;
                }
                // A typed clause with no actor of its own is quoted with the words before it.
                if (!s.Mentions.Any()) s.ExcerptStart = last.ExcerptStart;
            }
            merged.Add(s);
        }
        return merged;
    }

    /// <summary>A clause that goes on with the subject of the one before: "and (then) fired on ...".</summary>
    private static bool SharesSubject(Span s) =>
        s.Tokens.Count > 1 && s.Tokens[0].Folded == "and" &&
        s.TriggerToken == (s.Tokens[1].Folded == "then" ? 2 : 1);

    private static Span Absorb(Span typed, Span before) => new()
    {
        Start = before.Start, End = typed.End, Tokens = [.. before.Tokens, .. typed.Tokens], Mentions = [.. before.Mentions, .. typed.Mentions],
        SentenceFirstToken = before.SentenceFirstToken, Type = typed.Type, TriggerToken = typed.TriggerToken + before.Tokens.Count,
        Speaker = typed.Speaker ?? before.Speaker, Denial = typed.Denial || before.Denial, ExcerptStart = before.ExcerptStart,
        SentenceTokens = typed.SentenceTokens, SentenceMentions = typed.SentenceMentions,
    };

    /// <summary>
    /// "In a phone call with X, Y said ...", "In a phone call on Tuesday, X and Y agreed to ...": the meeting in the
    /// opening phrase is an incident of its own beside the statement or act that follows it.
    /// </summary>
    private List<Span> SplitMeetingIntro(string text, Sentence sentence, Span span, List<Token> allTokens, IReadOnlyList<EntityMention> allMentions, SentenceFacts facts)
    {
        if (span.Type is null) return [span];
        var meeting = lexicon.Triggers.First(t => t.Type == IncidentType.DiplomaticMeeting).Phrases.Matches(span.Tokens, span.SentenceFirstToken);
        if (meeting.Count == 0) return [span];
        var triggerEnd = span.Tokens[meeting[0].Last].End;
        var comma = text.IndexOf(',', triggerEnd, span.End - triggerEnd);
        if (comma < 0) return [span];
        var (bStart, bEnd) = Trim(text, comma + 1, span.End);
        var rest = NewSpan(bStart, bEnd, span, allTokens, allMentions);
        ClassifySpan(rest, null, text, sentence, facts);
        if (rest.Type is null or IncidentType.DiplomaticMeeting) return [span];
        if (rest.Type == IncidentType.Statement)
        {
            if (rest.Speaker is not { Official: true }) return [span];
            // "Talks will resume next month, officials said": a bare attribution is no statement of its own.
            if (rest.Speaker.Start >= 0 && lexicon.Speech.Matches(rest.Tokens).FirstOrDefault() is var verb &&
                rest.Tokens.Select((t, k) => (t, k)).All(x => (x.t.Start >= rest.Speaker.Start && x.t.End <= rest.Speaker.End) || (x.k >= verb.First && x.k <= verb.Last)))
                return [span];
        }
        else if (!rest.Mentions.Any(m => m.Entry.Kind != EntryKind.Place)) return [span];
        var introStart = text.LastIndexOf(',', span.Tokens[meeting[0].First].Start, span.Tokens[meeting[0].First].Start - span.Start);
        introStart = introStart < 0 ? span.Start : introStart + 1;
        var (aStart, aEnd) = Trim(text, introStart, comma);
        var intro = NewSpan(aStart, aEnd, span, allTokens, allMentions);
        if (rest.Type == IncidentType.Statement ? !intro.Mentions.Any()
            // Before an act, only an opening phrase is a meeting of its own ("In a phone call on Tuesday, X and Y agreed ...").
            : intro.Tokens.Count == 0 || intro.Start != span.Start || intro.Tokens[0].Folded is not ("in" or "during" or "at" or "on" or "after"))
            return [span];
        intro.Type = IncidentType.DiplomaticMeeting;
        intro.TriggerToken = intro.Tokens.FindIndex(t => t.Start == span.Tokens[meeting[0].First].Start) is var at && at >= 0 ? at : 0;
        return [intro, rest];
    }

    /// <summary>
    /// "The ministry denied reports that its fighters had fired on Tajik posts": the denial and the claim it rejects
    /// are two records, the claim with its own type and status denied.
    /// </summary>
    private List<Span> SplitDeniedClaim(string text, Sentence sentence, Span span, List<Token> allTokens, IReadOnlyList<EntityMention> allMentions, SentenceFacts facts)
    {
        if (!span.Denial || span.Type != IncidentType.Statement) return [span];
        foreach (var denial in lexicon.Denied.Matches(span.Tokens, span.SentenceFirstToken))
        {
            var that = span.Tokens.FindIndex(denial.Last + 1, t => t.Folded == "that");
            if (that < 0 || that - denial.Last > 4 || that + 1 >= span.Tokens.Count) continue;
            var claim = NewSpan(span.Tokens[that + 1].Start, span.End, span, allTokens, allMentions);
            ClassifySpan(claim, null, text, sentence, facts);
            if (claim.Type is null or IncidentType.Statement) return [span];
            claim.Denial = true;
            var (start, end) = Trim(text, span.Start, span.Tokens[that].Start);
            var rejection = NewSpan(start, end, span, allTokens, allMentions);
            rejection.Type = IncidentType.Statement;
            rejection.TriggerToken = span.TriggerToken < rejection.Tokens.Count ? span.TriggerToken : 0;
            rejection.Speaker = span.Speaker;
            rejection.Denial = true;
            rejection.ExcerptStart = span.ExcerptStart;
            return [rejection, claim];
        }
        return [span];
    }

    private static Span NewSpan(int start, int end, Span within, List<Token> allTokens, IReadOnlyList<EntityMention> allMentions) => new()
    {
        Start = start, End = end, Tokens = Slice(allTokens, start, end), Mentions = MentionsIn(allMentions, start, end),
        SentenceFirstToken = -1, ExcerptStart = start, SentenceTokens = within.SentenceTokens, SentenceMentions = within.SentenceMentions,
    };

    // ---- building the incident ----

    private ExtractedIncident? Build(AnalysisInput input, int si, Span span, bool isSubSpan, bool nextDenies, bool previousAnonymous,
        List<Token> allTokens, IReadOnlyList<EntityMention> allMentions, DateContext dateContext, string? documentBorder)
    {
        var text = input.Text;
        var sentence = input.Sentences[si];
        var type = span.Type!.Value;
        var excerptStart = isSubSpan ? span.ExcerptStart : sentence.Start;
        var excerptEnd = isSubSpan ? span.End : sentence.End;

        // Who reports it. For an event (not a statement) the source is no party to it: the source's words give no
        // actor, country or border ("Militants fired rockets into Termez, Tajik officials said" is about Termez).
        var source = Source(text, span);
        var mentions = span.Mentions;
        if (type != IncidentType.Statement && source.End > source.Start &&
            mentions.Where(m => m.End <= source.Start || m.Start >= source.End).ToList() is { Count: > 0 } outside)
            mentions = outside;

        // Evidence: the span's own mentions; a span with none borrows from its sentence or up to three sentences before it.
        var carried = false;
        if (mentions.Count == 0)
        {
            var deictic = lexicon.Deictic.Matches(span.Tokens).Count > 0 || StartsWithPronoun(span.Tokens);
            // "the shoot-out", "the committee said": a definite reference to what the sentences before named.
            var anaphoric = lexicon.Anaphoric.Matches(span.Tokens).Count > 0 ||
                            span.Speaker is { Official: true, Entry: null, Phrase: { } said } && said.StartsWith("the ", StringComparison.OrdinalIgnoreCase);
            if (!deictic && !anaphoric && !isSubSpan) return null;
            var sentenceMentions = MentionsIn(allMentions, sentence.Start, sentence.End);
            if (isSubSpan && sentenceMentions.Count > 0) mentions = sentenceMentions;
            else if (PreviousStates(input, si, allMentions, acrossParagraphs: anaphoric) is { Count: > 0 } previous) { mentions = previous; carried = true; }
            else return null;
        }
        var states = StatesInOrder(mentions);
        var tokens = span.Tokens;
        var place = MostPrecisePlace(mentions);
        var nonBorder = lexicon.NonBorderTopics.Matches(Slice(allTokens, sentence.Start, sentence.End)).Count > 0;
        // With no state of its own ("it asked the CSTO for help"), the span speaks of the state just named.
        var borderStates = states.Count > 0 ? states : StatesInOrder(PreviousStates(input, si, allMentions));
        var descriptors = BorderDescriptors(text, mentions, allTokens, out var explicitBorder);
        var evidence = new BorderEvidence(borderStates, lexicon.BorderWords.Matches(tokens).Count > 0, place, type, nonBorder,
            lexicon.SingularBorderWords.Matches(tokens).Count > 0, explicitBorder);
        var border = borders.Assign(evidence, documentBorder);

        var anonymousSource = source.Text is not null && lexicon.AnonymousSources.Matches(NameNormalizer.Tokenize(source.Text)).Count > 0;
        var status = Status(text, sentence, span, type, nextDenies, previousAnonymous, allTokens, anonymousSource);
        var attribution = Attribution(source.Text, previousAnonymous && status == IncidentStatus.Unconfirmed);

        var (date, inferred, note) = DateFor(input, si, span, status, dateContext);
        // Countries follow the gold conventions: a state named only as the far side of a border ("its border with
        // Afghanistan") is no party, except that crossings and captures of border sections carry both sides.
        var parties = mentions.Where(m => !descriptors.Contains(m) || KeepsBorderDescriptor(m, type)).ToList();
        var partyStates = StatesInOrder(parties);
        if (type is IncidentType.CrossBorderMovement or IncidentType.TerritorialControl && border is not null &&
            recognizer.Gazetteer.Border(border) is { } crossed)
            foreach (var side in new[] { crossed.StateA, crossed.StateB }.Where(x => !partyStates.Contains(x))) partyStates.Add(side);
        var triggerStart = span.TriggerToken >= 0 && span.TriggerToken < span.Tokens.Count ? span.Tokens[span.TriggerToken].Start : -1;
        var actors = Actors(parties, span.Speaker, type, partyStates, triggerStart);
        var excerpt = text[excerptStart..excerptEnd];
        return new ExtractedIncident
        {
            Type = type,
            Date = date,
            DateInferred = inferred,
            DateNote = note,
            BorderCode = border,
            Actors = actors,
            LocationText = place is null ? null : mentions.First(m => m.Place == place).Text + (place.Province is { } prov && place.PlaceKind == PlaceKind.District ? $", {prov}" : ""),
            PlaceKey = place?.Key,
            LocationPrecision = Precision(place, border),
            Status = status,
            Attribution = attribution,
            Confidence = Confidence(span, mentions, carried, status),
            Summary = Summary(type, excerpt),
            ExcerptStart = excerptStart,
            ExcerptEnd = excerptEnd,
        };
    }

    /// <summary>Mentions of the nearest earlier sentence (same paragraph, or the two before for a definite reference; up to three back) that names a state.</summary>
    private static List<EntityMention> PreviousStates(AnalysisInput input, int si, IReadOnlyList<EntityMention> allMentions, bool acrossParagraphs = false)
    {
        var sentence = input.Sentences[si];
        for (var back = 1; back <= 3 && si - back >= 0; back++)
        {
            var prev = input.Sentences[si - back];
            // Wire copy puts each sentence in a paragraph of its own: a definite reference may look one paragraph back.
            if (prev.Paragraph != sentence.Paragraph && !(acrossParagraphs && prev.Paragraph >= sentence.Paragraph - 2)) break;
            var prevMentions = MentionsIn(allMentions, prev.Start, prev.End);
            if (prevMentions.Any(m => m.Entry.Kind == EntryKind.State)) return prevMentions;
        }
        return [];
    }

    /// <summary>
    /// The incident's date: the resolver's when the text has an expression for it. Otherwise nothing for planned or
    /// possible events and for durations; the date of the sentence just before in the same paragraph (a follow-up
    /// of a dated report); else the document's reference date, unless that is only a lower bound ("after 2018").
    /// </summary>
    private (PartialDate Date, bool Inferred, string? Note) DateFor(AnalysisInput input, int si, Span span, IncidentStatus status, DateContext context)
    {
        var (start, end) = DateSpan(input.Text, input.Sentences[si], span);
        var resolved = DateResolver.Resolve(input.Sentences, si, start, end, context, RelativeClauses(input.Text, input.Sentences[si], span));
        if (resolved.HasExpression) return (resolved.Date, resolved.Inferred, resolved.Note);
        var f = span.SentenceFirstToken;
        if (status == IncidentStatus.Planned) return (PartialDate.Unknown, false, "planned, no date given");
        if (lexicon.Durations.Matches(span.Tokens, f).Count > 0) return (PartialDate.Unknown, false, "a duration, no single date");
        if (lexicon.Modals.Matches(span.Tokens, f).Any(m => span.Tokens[m.First].Folded is "may" or "might" or "could"))
            return (PartialDate.Unknown, false, "a possibility, no date");
        var sentence = input.Sentences[si];
        // A definite reference ("the shoot-out", "the smugglers") may look into the paragraph before (wire copy); one to
        // an event ("during the fighting") does so even when the span names parties of its own.
        var anaphoric = IsAnaphoric(span) || lexicon.Anaphoric.Matches(span.Tokens).Any(m =>
            lexicon.Triggers.Any(t => t.Phrases.Matches(span.Tokens.GetRange(m.First, m.Last - m.First + 1)).Count > 0));
        for (var back = 1; back <= 2 && si - back >= 0; back++)
        {
            var prev = input.Sentences[si - back];
            if (prev.Paragraph != sentence.Paragraph && !(anaphoric && prev.Paragraph >= sentence.Paragraph - 2)) break;
            if (prev.IsDateline) continue;
            var r = DateResolver.Resolve(input.Sentences, si - back, prev.Start, prev.End, context);
            if (r.HasExpression && r.Date.IsKnown) return (r.Date, true, "follows a report dated in the sentence before");
        }
        if (!context.Reference.IsKnown || (context.Note ?? "").Contains(" after ", StringComparison.Ordinal))
            return (PartialDate.Unknown, false, null);
        // A standing situation or an undated report is dated to the time of writing, at the precision the text
        // supports: a publication day says the incident was reported by then, not that it happened that day.
        if (context.Reference.Precision == DatePrecision.Day)
            return (context.Reference.Truncate(DatePrecision.Month), true, NoDateNote + ": the month of the document's date");
        return (context.Reference, true, NoDateNote + ": the document's reference date");
    }

    /// <summary>
    /// Non-restrictive relative clauses of the sentence (", where ...", ", which ...", ", who ..." up to the next comma
    /// or the end) that do not hold the span's trigger: they describe a place or a party, and their dates are not the
    /// event's ("patrols were stepped up along the river, where the water has fallen this summer").
    /// </summary>
    private List<(int Start, int End)> RelativeClauses(string text, Sentence sentence, Span span)
    {
        var result = new List<(int, int)>();
        var trigger = span.TriggerToken >= 0 && span.TriggerToken < span.Tokens.Count ? span.Tokens[span.TriggerToken].Start : -1;
        foreach (var word in lexicon.RelativeWords)
        {
            var from = 0;
            var marker = ", " + word + " ";
            while ((from = sentence.Text.IndexOf(marker, from, StringComparison.Ordinal)) >= 0)
            {
                var start = sentence.Start + from;
                var comma = text.IndexOf(',', start + marker.Length, sentence.End - start - marker.Length);
                var end = comma < 0 ? sentence.End : comma;
                if (trigger < start || trigger >= end) result.Add((start, end));
                from += marker.Length;
            }
        }
        return result;
    }

    /// <summary>The stretch of the sentence between ';', ':' or a dash that holds the span's trigger: dates elsewhere belong to other facts.</summary>
    private static (int Start, int End) DateSpan(string text, Sentence sentence, Span span)
    {
        if (span.TriggerToken < 0 || span.TriggerToken >= span.Tokens.Count) return (span.Start, span.End);
        var at = span.Tokens[span.TriggerToken].Start;
        var breaks = new[] { ':', ';', '—' };
        var start = text.LastIndexOfAny(breaks, Math.Max(span.Start, at - 1), Math.Max(0, at - span.Start));
        var end = text.IndexOfAny(breaks, at, span.End - at);
        return (start < span.Start ? span.Start : start + 1, end < 0 ? span.End : end);
    }

    private static List<string> StatesInOrder(IEnumerable<EntityMention> mentions)
    {
        var states = new List<string>();
        foreach (var m in mentions.OrderBy(m => m.Start))
        {
            var code = m.Entry.Kind switch
            {
                EntryKind.State => m.Entry.Key,
                EntryKind.Person or EntryKind.ArmedGroup => m.Entry.Country,
                EntryKind.Place => m.Entry.Country,
                _ => null,
            };
            if (code is not null && !states.Contains(code)) states.Add(code);
        }
        return states;
    }

    private static GazetteerEntry? MostPrecisePlace(IEnumerable<EntityMention> mentions) =>
        mentions.Select(m => m.Place).Where(p => p is not null && p.PlaceKind != PlaceKind.Capital)
            .OrderByDescending(p => p!.PlaceKind switch
            {
                PlaceKind.Crossing or PlaceKind.Base or PlaceKind.Island => 5,
                PlaceKind.District or PlaceKind.Town or PlaceKind.City => 4,
                PlaceKind.River => 3,
                PlaceKind.Province or PlaceKind.Region => 2,
                _ => 1,
            }).FirstOrDefault();

    private static LocationPrecision Precision(GazetteerEntry? place, string? border) => place?.PlaceKind switch
    {
        PlaceKind.Crossing or PlaceKind.Base or PlaceKind.Island or PlaceKind.City or PlaceKind.Town or PlaceKind.Capital => LocationPrecision.NamedPlace,
        PlaceKind.District => LocationPrecision.District,
        PlaceKind.Province or PlaceKind.Region => LocationPrecision.Province,
        PlaceKind.River => LocationPrecision.BorderArea,
        _ => border is not null ? LocationPrecision.BorderArea : LocationPrecision.None,
    };

    private IncidentStatus Status(string text, Sentence sentence, Span span, IncidentType type, bool nextDenies, bool previousAnonymous, List<Token> allTokens,
        bool anonymousSource)
    {
        var f = span.SentenceFirstToken;
        if (span.Denial || nextDenies) return IncidentStatus.Denied;
        // A statement is on the record: what it says may be uncertain or future, the saying is not.
        if (type == IncidentType.Statement) return IncidentStatus.Reported;
        if (lexicon.Unconfirmed.Matches(span.Tokens, f).Count > 0 || anonymousSource) return IncidentStatus.Unconfirmed;
        // "The border guard said ..." right after a source spoke on condition of anonymity: still that source.
        if (previousAnonymous && span.Speaker is { Official: true, Entry: null } && sentence.Text.StartsWith("The ", StringComparison.Ordinal))
            return IncidentStatus.Unconfirmed;
        // Planned: a cue shortly before the trigger, in the same stretch of the sentence (no comma between).
        if (span.TriggerToken >= 0 && span.TriggerToken < span.Tokens.Count)
        {
            var trigger = span.Tokens[span.TriggerToken];
            var sentenceTokens = Slice(allTokens, sentence.Start, sentence.End);
            var triggerIndex = sentenceTokens.FindIndex(t => t.Start == trigger.Start);
            foreach (var m in lexicon.Planned.Matches(sentenceTokens, 0))
            {
                if (m.Last >= triggerIndex || triggerIndex - m.Last > lexicon.PlannedWindow) continue;
                var between = text[sentenceTokens[m.Last].End..trigger.Start];
                if (between.IndexOfAny([',', ';', ':']) < 0) return IncidentStatus.Planned;
            }
            // "Joint exercises are scheduled to take place ...", "Talks on the disputed sections will resume ...": a cue
            // after the trigger, in the same stretch and not in a relative clause.
            foreach (var m in lexicon.PlannedAfter.Matches(sentenceTokens, 0))
            {
                if (m.First <= triggerIndex || m.First - triggerIndex > lexicon.PlannedAfterWindow) continue;
                if (text[trigger.End..sentenceTokens[m.First].Start].IndexOfAny([',', ';', ':']) < 0 &&
                    !sentenceTokens.Skip(triggerIndex + 1).Take(m.First - triggerIndex - 1).Any(t => lexicon.RelativeWords.Contains(t.Folded) || t.Folded == "that"))
                    return IncidentStatus.Planned;
            }
        }
        return IncidentStatus.Reported;
    }

    private static readonly string[][] SourceIntroducers = [["according", "to"], ["as", "reported", "by"], ["reported", "by"], ["as", "noted", "by"], ["citing"]];

    /// <summary>
    /// Who asserts the span's claim, as a whole noun phrase with its offsets: the phrase after "according to", "as
    /// reported by" or "citing" in the sentence, else the span's speaker. Persons are given by their canonical name.
    /// </summary>
    private (string? Text, int Start, int End) Source(string text, Span span)
    {
        var toks = span.SentenceTokens;
        var mentions = span.SentenceMentions;
        foreach (var intro in SourceIntroducers)
            for (var i = 0; i + intro.Length < toks.Count; i++)
            {
                if (!intro.Select((w, k) => toks[i + k].Folded == w).All(x => x)) continue;
                var from = i + intro.Length;
                if (PhraseSpeaker(text, toks, mentions, from, PhraseRight(text, toks, mentions, from)) is { } introduced)
                    return (Name(introduced), introduced.Start, introduced.End);
            }
        return span.Speaker is { Phrase: not null } speaker ? (Name(speaker), speaker.Start, speaker.End) : (null, -1, -1);
    }

    private static string Name(Speaker s) => s.Entry?.Kind == EntryKind.Person ? s.Entry.CanonicalName : s.Phrase!;

    private static string? Attribution(string? source, bool anonymous)
    {
        if (source is null || !anonymous || source.Contains("anonym", StringComparison.OrdinalIgnoreCase)) return source;
        // "The border guard said ..." right after a source spoke on condition of anonymity.
        var words = source.Split(' ', 2);
        return "anonymous " + (words.Length == 2 && Determiners.Contains(words[0].ToLowerInvariant()) ? words[1] : source);
    }

    // ---- states named only as the far side of a border ----

    private static readonly HashSet<string> BorderNouns = new(StringComparer.Ordinal) { "border", "borders", "frontier", "frontiers", "boundary" };
    private static readonly HashSet<string> SingularBorderNouns = new(StringComparer.Ordinal) { "border", "frontier", "boundary" };

    /// <summary>
    /// State mentions that only say which border is meant: "the Afghan border", "the Turkmen-Afghan border", "its border
    /// with Afghanistan", "bordering Afghanistan" (not "Tajik border guards", a thing of that state). Also the border a
    /// "X-Y border" names outright, when X and Y share a tracked one.
    /// </summary>
    private HashSet<EntityMention> BorderDescriptors(string text, IReadOnlyList<EntityMention> mentions, List<Token> allTokens, out string? explicitBorder)
    {
        explicitBorder = null;
        var result = new HashSet<EntityMention>();
        var states = mentions.Where(m => m.Entry.Kind == EntryKind.State).OrderBy(m => m.Start).ToList();
        int IndexAt(int offset) => allTokens.FindIndex(t => t.Start >= offset);
        bool Hyphen(int from, int to) => to - from is >= 1 and <= 3 && text.AsSpan(from, to - from).Trim().ToString() is "-" or "–" or "—" or "/";
        foreach (var m in states)
        {
            var first = IndexAt(m.Start);
            var next = IndexAt(m.End);
            if (first < 0) continue;
            // "Turkmen-Afghan border": look past the second state.
            var pair = next >= 0 ? states.FirstOrDefault(o => o.Start == allTokens[next].Start && Hyphen(m.End, o.Start)) : null;
            var after = pair is null ? next : IndexAt(pair.End);
            if (after >= 0 && BorderNouns.Contains(allTokens[after].Folded) && !Breaks(text, allTokens[after - 1], allTokens[after]) &&
                !(after + 1 < allTokens.Count && lexicon.BorderActorNouns.Matches([allTokens[after + 1]]).Count > 0))
            {
                result.Add(m);
                if (pair is not null)
                {
                    result.Add(pair);
                    if (SingularBorderNouns.Contains(allTokens[after].Folded) && recognizer.Gazetteer.BorderBetween(m.Entry.Key, pair.Entry.Key) is { } b)
                        explicitBorder ??= b.Code;
                }
                continue;
            }
            if (first >= 2 && allTokens[first - 1].Folded is "with" && BorderNouns.Contains(allTokens[first - 2].Folded))
            {
                result.Add(m);
                // Whose border: "Tajikistan's border with Afghanistan", or "its (744-kilometre) border with Afghanistan"
                // after the state it stands for ("ready to help Tajikistan guard its frontier with Afghanistan").
                var noun = first - 2;
                // "the Turkmen and Tajik borders with Afghanistan" are several borders: none is named.
                if (!SingularBorderNouns.Contains(allTokens[noun].Folded)) continue;
                var owner = noun >= 1 ? states.FirstOrDefault(o => o != m && o.End == allTokens[noun - 1].End) : null;
                if (owner is null)
                    for (var k = noun - 1; k >= 0 && k >= noun - 4; k--)
                        if (allTokens[k].Folded is "its" or "their")
                        {
                            owner = states.LastOrDefault(o => o != m && o.End <= allTokens[k].Start);
                            break;
                        }
                if (owner is not null && recognizer.Gazetteer.BorderBetween(owner.Entry.Key, m.Entry.Key) is { } owned) explicitBorder ??= owned.Code;
            }
            else if (first >= 1 && allTokens[first - 1].Folded is "bordering") result.Add(m);
        }
        return result;
    }

    /// <summary>A border-naming state is still a party to a statement or a deployment on its own side, never to a clash, and the hub never.</summary>
    private static bool KeepsBorderDescriptor(EntityMention m, IncidentType type) =>
        type is IncidentType.CrossBorderMovement or IncidentType.TerritorialControl ||
        (m.Entry.Key != Hub && type != IncidentType.ArmedClash);

    /// <summary>
    /// Actors with roles: the speaker of a statement; in an event, the parties named before the trigger act
    /// (initiators) and those after it are the counterpart of a meeting, agreement or clash, else participants;
    /// a person or armed group brings its state; states of places are affected.
    /// </summary>
    private static IReadOnlyList<ActorMention> Actors(IEnumerable<EntityMention> mentions, Speaker? speaker, IncidentType type, List<string> states, int triggerStart)
    {
        var actors = new List<ActorMention>();
        void Add(string key, ActorRole role)
        {
            if (!actors.Any(a => a.Key == key)) actors.Add(new ActorMention(key, role));
        }
        if (type == IncidentType.Statement && speaker?.Entry is { ActorKind: not null } se) Add(se.Key, ActorRole.Speaker);
        var parties = mentions.Where(m => m.Entry.Kind is not (EntryKind.Place or EntryKind.Media)).OrderBy(m => m.Start).ToList();
        var anyBefore = triggerStart >= 0 && parties.Any(m => m.End <= triggerStart);
        var first = true;
        foreach (var m in parties)
        {
            var role = type == IncidentType.Statement ? ActorRole.Affected
                : (anyBefore ? m.End <= triggerStart : first) ? ActorRole.Initiator
                : type is IncidentType.DiplomaticMeeting or IncidentType.Agreement or IncidentType.ArmedClash ? ActorRole.Counterpart
                : ActorRole.Participant;
            Add(m.Entry.Key, role);
            first = false;
            // A person or armed group implies its state as a party.
            if (m.Entry.Kind is EntryKind.Person or EntryKind.ArmedGroup && m.Entry.Country is { } c) Add(c, ActorRole.Participant);
        }
        foreach (var s in states) Add(s, ActorRole.Affected);
        return actors;
    }

    private static double Confidence(Span span, IReadOnlyList<EntityMention> mentions, bool carried, IncidentStatus status)
    {
        var c = 0.5 + 0.08 * Math.Min(4, mentions.Count(m => m.Entry.Kind != EntryKind.Place));
        if (carried) c -= 0.15;
        if (status == IncidentStatus.Unconfirmed) c -= 0.05;
        if (span.Speaker is { Official: false }) c -= 0.05;
        return Math.Round(Math.Clamp(c, 0.1, 0.95), 2);
    }

    private static string Summary(IncidentType type, string excerpt)
    {
        var label = type.ToCode().Replace('-', ' ');
        var plain = string.Join(' ', excerpt.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim('“', '”', '"');
        var head = char.ToUpperInvariant(label[0]) + label[1..] + ": ";
        var room = 140 - head.Length;
        if (plain.Length > room)
        {
            var cut = plain.LastIndexOf(' ', room - 1);
            plain = plain[..(cut > 20 ? cut : room - 1)] + "…";
        }
        return head + plain;
    }
}
