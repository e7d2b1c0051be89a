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

    private sealed record Speaker(bool Official, string? Phrase, GazetteerEntry? Entry);

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
            // "... and battling Afghan forces there": a clause pointing back takes the border of its sentence.
            var sentenceBorder = found.Select(x => x.Incident.BorderCode).FirstOrDefault(b => b is not null);
            foreach (var (span, incident) in found)
                result.Add(incident.BorderCode is null && sentenceBorder is not null && lexicon.Deictic.Matches(span.Tokens).Count > 0
                    ? incident with { BorderCode = sentenceBorder }
                    : incident);
            previousSpeaker = spans.Select(s => s.Speaker).LastOrDefault(s => s is { Official: true });
            previousAnonymous = anonymousHere;
        }
        return result;
    }

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
        var t = s.Text.TrimEnd('"', '\'', '”', '’', '»', ')', ' ');
        if (t.EndsWith('?')) return true;
        var lower = s.Text.ToLowerInvariant();
        if (lexicon.CaptionCues.Any(c => lower.Contains(c, StringComparison.Ordinal))) return true;
        if (lexicon.HeadlineStarts.Any(h => lower.StartsWith(h, StringComparison.Ordinal))) return true;
        if (lexicon.Historical.Matches(tokens).Count > 0) return true;
        var alone = input.Sentences.Count(x => x.Paragraph == s.Paragraph) == 1;
        // Headlines and labels: a one-sentence paragraph without closing punctuation.
        if (alone && !".!\"”’'".Contains(s.Text[^1])) return true;
        // Photo captions: a one-sentence paragraph whose only verb is a participle ("soldiers marching at ...").
        if (alone && IsParticipleCaption(tokens)) return true;
        return false;
    }

    private static readonly HashSet<string> FiniteVerbs = new(StringComparer.Ordinal)
    { "is", "are", "was", "were", "has", "have", "had", "will", "would", "said", "says", "can", "could", "may", "might", "does", "did", "do" };

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
            ClassifySpan(span, i == 0 ? previousSpeaker : null, text, sentence);
            spans.Add(span);
        }
        spans = MergeClauses(spans.Where(s => !s.Skip).ToList());
        if (spans.Count == 1) spans = SplitMeetingIntro(text, sentence, spans[0], allTokens, allMentions);
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
        if (sep.Trim() == "and")
        {
            var prevWord = new string(before.TrimEnd().Reverse().TakeWhile(char.IsLetter).Reverse().ToArray());
            if (prevWord.Length > 0 && nextWord.Length > 0 && char.IsUpper(prevWord[0]) && char.IsUpper(nextWord[0])) return false;
        }
        return true;
    }

    private static (int, int) Trim(string text, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] == ',')) start++;
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == ',')) end--;
        return (start, end);
    }

    private void ClassifySpan(Span span, Speaker? inheritedSpeaker, string text, Sentence sentence)
    {
        var toks = span.Tokens;
        var f = span.SentenceFirstToken;
        if (lexicon.Forecast.Matches(toks, f).Count > 0) { span.Skip = true; return; }
        var hyp = lexicon.Hypothetical.Matches(toks, f);
        bool Hypothetical(PhraseMatch m) => hyp.Any(h => h.Last < m.First && h.Last >= m.First - 3);
        var membership = lexicon.Membership.Matches(toks, f).Count > 0;

        // Speech acts, leaving out parenthetical sources ("as noted by X"): they say who reports, not who claims.
        var speech = lexicon.Speech.Matches(toks, f)
            .Where(m => !(m.Last + 1 < toks.Count && toks[m.Last + 1].Folded == "by" && m.First > 0 && toks[m.First - 1].Folded == "as"))
            .OrderBy(m => m.First).ToList();
        var negations = lexicon.Negations.Matches(toks, f);
        bool Negated(PhraseMatch m) => negations.Any(n => n.Last < m.First && n.Last >= m.First - 3);

        (IncidentType Type, int At)? ev = null;
        foreach (var (type, phrases) in lexicon.Triggers)
        {
            if (type == IncidentType.Agreement && membership) continue;
            var m = phrases.Matches(toks, f).Where(x => !Hypothetical(x)).OrderBy(x => x.First).ToList();
            // What someone "never said" happened is not reported as happening.
            m = m.Where(x => speech.Where(sp => sp.Last < x.First).ToList() is var prior && (prior.Count == 0 || !Negated(prior[^1]))).ToList();
            if (m.Count > 0) { ev = (type, m[0].First); break; }
        }
        var cues = lexicon.StatementCues.Matches(toks, f).OrderBy(m => m.First).ToList();
        span.Denial = lexicon.Denied.Matches(toks, f).Count > 0;
        var speaker = speech.Count > 0 ? FindSpeaker(span, speech[0]) : inheritedSpeaker is not null && StartsWithQuote(text, span.Start) ? inheritedSpeaker : null;
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
            var statementWins = (cues.Count > 0 && (ev is null || firstCue < ev.Value.At)) || (ev is null && hasState);
            // Talks about a threat are a statement; a visit with no assessment stays a meeting.
            if (ev is { Type: IncidentType.DiplomaticMeeting } && cues.Count > 0 && speech[0].First < ev.Value.At) statementWins = true;
            if (statementWins) { span.Type = IncidentType.Statement; span.TriggerToken = speech.Count > 0 ? speech[0].First : 0; return; }
        }
        if (ev is not null) { span.Type = ev.Value.Type; span.TriggerToken = ev.Value.At; }
    }

    private static bool StartsWithQuote(string text, int at) => at < text.Length && "“\"«‘'".Contains(text[at]);

    private static bool StartsWithPronoun(List<Token> toks) => toks.Count > 0 && toks[0].Folded is "it" or "they" or "he" or "she" or "which" or "though";

    private static readonly HashSet<string> PersonalPronouns = new(StringComparer.Ordinal) { "he", "she", "i", "him", "her" };
    private static readonly HashSet<string> CapitalisedFunctionWords = new(StringComparer.Ordinal)
    { "the", "a", "an", "in", "on", "at", "and", "but", "however", "accordingly", "therefore", "moreover", "also", "after", "as", "of", "course", "for", "this", "that", "mr", "dr", "prof", "general", "president", "minister", "it", "they", "we", "finally", "then" };

    /// <summary>
    /// The one who speaks: after a passive "by", else the nearest name or official noun before the speech verb
    /// in the sentence, else just after it ("said the Kyrgyz envoy").
    /// </summary>
    private Speaker FindSpeaker(Span span, PhraseMatch speech)
    {
        var toks = span.SentenceTokens;
        var mentions = span.SentenceMentions;
        var first = toks.FindIndex(t => t.Start == span.Tokens[speech.First].Start);
        var last = toks.FindIndex(t => t.Start == span.Tokens[speech.Last].Start);
        Speaker? At(int i, bool forward)
        {
            var t = toks[i];
            var mention = mentions.FirstOrDefault(m => m.Start <= t.Start && t.End <= m.End);
            if (mention is not null && mention.Entry.Kind != EntryKind.Place && (!forward || mention.Entry.Kind != EntryKind.State))
                return new Speaker(true, mention.Text, mention.Entry);
            if (lexicon.OfficialRoles.Matches([t]).Count > 0) return new Speaker(true, RolePhrase(toks, i), null);
            return null;
        }
        if (last + 1 < toks.Count && toks[last + 1].Folded == "by")
        {
            for (var i = last + 2; i < Math.Min(toks.Count, last + 6); i++)
            {
                if (At(i, forward: true) is { } s) return s;
                if (char.IsUpper(toks[i].Original[0]) && !CapitalisedFunctionWords.Contains(toks[i].Folded)) return new Speaker(false, toks[i].Original, null);
            }
            return new Speaker(false, null, null);
        }
        for (var i = first - 1; i >= Math.Max(0, first - 10); i--)
        {
            if (At(i, forward: false) is { } s) return s;
            var t = toks[i];
            if (PersonalPronouns.Contains(t.Folded)) return new Speaker(false, null, null);
            if (char.IsUpper(t.Original[0]) && !CapitalisedFunctionWords.Contains(t.Folded) && i > 0) return new Speaker(false, t.Original, null);
        }
        for (var i = last + 1; i < Math.Min(toks.Count, last + 7); i++)
            if (At(i, forward: true) is { } s) return s;
        return new Speaker(false, null, null);
    }

    private static string RolePhrase(List<Token> toks, int roleIndex)
    {
        var first = roleIndex;
        while (first > 0 && roleIndex - first < 3 && toks[first - 1].Folded is not ("the" or "a" or "an" or "and" or "said" or "that") &&
               (char.IsUpper(toks[first - 1].Original[0]) || toks[first - 1].Folded is "border" or "foreign" or "security" or "state" or "defence" or "defense"))
            first--;
        return string.Join(' ', toks.Skip(first).Take(roleIndex - first + 1).Select(t => t.Original));
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

    private static Span Absorb(Span typed, Span before) => new()
    {
        Start = before.Start, End = typed.End, Tokens = [.. before.Tokens, .. typed.Tokens], Mentions = [.. before.Mentions, .. typed.Mentions],
        SentenceFirstToken = before.SentenceFirstToken, Type = typed.Type, TriggerToken = typed.TriggerToken + before.Tokens.Count,
        Speaker = typed.Speaker ?? before.Speaker, Denial = typed.Denial || before.Denial, ExcerptStart = before.ExcerptStart,
        SentenceTokens = typed.SentenceTokens, SentenceMentions = typed.SentenceMentions,
    };

    /// <summary>"In a phone call with X, Y said ...": the meeting in the opening phrase is an incident of its own.</summary>
    private List<Span> SplitMeetingIntro(string text, Sentence sentence, Span span, List<Token> allTokens, IReadOnlyList<EntityMention> allMentions)
    {
        if (span.Type is not (IncidentType.Statement or IncidentType.DiplomaticMeeting)) return [span];
        var meeting = lexicon.Triggers.First(t => t.Type == IncidentType.DiplomaticMeeting).Phrases.Matches(span.Tokens, span.SentenceFirstToken);
        if (meeting.Count == 0) return [span];
        var triggerEnd = span.Tokens[meeting[0].Last].End;
        var comma = text.IndexOf(',', triggerEnd, span.End - triggerEnd);
        if (comma < 0) return [span];
        var (bStart, bEnd) = Trim(text, comma + 1, span.End);
        var rest = NewSpan(bStart, bEnd, span, allTokens, allMentions);
        ClassifySpan(rest, null, text, sentence);
        if (rest.Type != IncidentType.Statement || rest.Speaker is not { Official: true }) return [span];
        var introStart = text.LastIndexOf(',', span.Tokens[meeting[0].First].Start, span.Tokens[meeting[0].First].Start - span.Start);
        introStart = introStart < 0 ? span.Start : introStart + 1;
        var (aStart, aEnd) = Trim(text, introStart, comma);
        var intro = NewSpan(aStart, aEnd, span, allTokens, allMentions);
        if (!intro.Mentions.Any()) return [span];
        intro.Type = IncidentType.DiplomaticMeeting;
        intro.TriggerToken = 0;
        return [intro, rest];
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

        // Evidence: the span's own mentions; a span with none borrows from its sentence or up to three sentences before it.
        var mentions = span.Mentions;
        var carried = false;
        if (mentions.Count == 0)
        {
            var deictic = lexicon.Deictic.Matches(span.Tokens).Count > 0 || StartsWithPronoun(span.Tokens);
            if (!deictic && !isSubSpan) return null;
            var sentenceMentions = MentionsIn(allMentions, sentence.Start, sentence.End);
            if (isSubSpan && sentenceMentions.Count > 0) mentions = sentenceMentions;
            else if (PreviousStates(input, si, allMentions) is { Count: > 0 } previous) { mentions = previous; carried = true; }
            else return null;
        }
        var states = StatesInOrder(mentions);
        var tokens = span.Tokens;
        var f = span.SentenceFirstToken;
        var place = MostPrecisePlace(mentions);
        var nonBorder = lexicon.NonBorderTopics.Matches(Slice(allTokens, sentence.Start, sentence.End)).Count > 0;
        // With no state of its own ("it asked the CSTO for help"), the span speaks of the state just named.
        var borderStates = states.Count > 0 ? states : StatesInOrder(PreviousStates(input, si, allMentions));
        var evidence = new BorderEvidence(borderStates, lexicon.BorderWords.Matches(tokens).Count > 0, place, type, nonBorder,
            lexicon.SingularBorderWords.Matches(tokens).Count > 0);
        var border = borders.Assign(evidence, documentBorder);

        var status = Status(text, sentence, span, type, nextDenies, previousAnonymous, allTokens);
        var attribution = Attribution(text, sentence, span, previousAnonymous && status == IncidentStatus.Unconfirmed);

        var (date, inferred, note) = DateFor(input, si, span, status, dateContext);
        var actors = Actors(mentions, span.Speaker, type, states);
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

    /// <summary>Mentions of the nearest earlier sentence (same paragraph, up to three back) that names a state.</summary>
    private static List<EntityMention> PreviousStates(AnalysisInput input, int si, IReadOnlyList<EntityMention> allMentions)
    {
        var sentence = input.Sentences[si];
        for (var back = 1; back <= 3 && si - back >= 0; back++)
        {
            var prev = input.Sentences[si - back];
            if (prev.Paragraph != sentence.Paragraph) break;
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
        var resolved = DateResolver.Resolve(input.Sentences, si, start, end, context);
        if (resolved.HasExpression) return (resolved.Date, resolved.Inferred, resolved.Note);
        var f = span.SentenceFirstToken;
        if (status == IncidentStatus.Planned) return (PartialDate.Unknown, false, "planned, no date given");
        if (lexicon.Durations.Matches(span.Tokens, f).Count > 0) return (PartialDate.Unknown, false, "a duration, no single date");
        if (lexicon.Modals.Matches(span.Tokens, f).Any(m => span.Tokens[m.First].Folded is "may" or "might" or "could"))
            return (PartialDate.Unknown, false, "a possibility, no date");
        var sentence = input.Sentences[si];
        for (var back = 1; back <= 2 && si - back >= 0; back++)
        {
            var prev = input.Sentences[si - back];
            if (prev.Paragraph != sentence.Paragraph) break;
            var r = DateResolver.Resolve(input.Sentences, si - back, prev.Start, prev.End, context);
            if (r.HasExpression && r.Date.IsKnown) return (r.Date, true, "follows a report dated in the sentence before");
        }
        if (!context.Reference.IsKnown || (context.Note ?? "").Contains(" after ", StringComparison.Ordinal))
            return (PartialDate.Unknown, false, null);
        return (context.Reference, true, "no date in the text: the document's reference date");
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

    private IncidentStatus Status(string text, Sentence sentence, Span span, IncidentType type, bool nextDenies, bool previousAnonymous, List<Token> allTokens)
    {
        var f = span.SentenceFirstToken;
        if (span.Denial || nextDenies) return IncidentStatus.Denied;
        // A statement is on the record: what it says may be uncertain or future, the saying is not.
        if (type == IncidentType.Statement) return IncidentStatus.Reported;
        if (lexicon.Unconfirmed.Matches(span.Tokens, f).Count > 0) return IncidentStatus.Unconfirmed;
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
        }
        return IncidentStatus.Reported;
    }

    private static readonly string[] SourceIntroducers = ["according to ", "as reported by ", "reported by ", "as noted by ", "citing "];

    private static string? Attribution(string text, Sentence sentence, Span span, bool anonymous)
    {
        var s = sentence.Text;
        foreach (var intro in SourceIntroducers)
        {
            var at = s.IndexOf(intro, StringComparison.OrdinalIgnoreCase);
            if (at < 0) continue;
            var rest = s[(at + intro.Length)..];
            var stop = rest.IndexOfAny([',', '.', ';', '”', '"']);
            var who = (stop < 0 ? rest : rest[..stop]).Trim();
            var words = who.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length is > 0 and <= 8) return string.Join(' ', words);
        }
        if (span.Speaker is { Phrase: { } phrase })
            return (span.Speaker.Entry?.Kind == EntryKind.Person ? span.Speaker.Entry.CanonicalName : phrase) is var name && anonymous ? "anonymous " + name : name;
        return null;
    }

    private static IReadOnlyList<ActorMention> Actors(IEnumerable<EntityMention> mentions, Speaker? speaker, IncidentType type, List<string> states)
    {
        var actors = new List<ActorMention>();
        void Add(string key, ActorRole role)
        {
            if (!actors.Any(a => a.Key == key)) actors.Add(new ActorMention(key, role));
        }
        if (type == IncidentType.Statement && speaker?.Entry is { ActorKind: not null } se) Add(se.Key, ActorRole.Speaker);
        var first = true;
        foreach (var m in mentions.OrderBy(m => m.Start))
        {
            if (m.Entry.Kind is EntryKind.Place or EntryKind.Media) continue;
            Add(m.Entry.Key, first && type != IncidentType.Statement ? ActorRole.Initiator : type == IncidentType.Statement ? ActorRole.Affected : ActorRole.Participant);
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
