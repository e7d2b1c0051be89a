using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Gazetteer;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Recognition;
using static BorderWatch.Ingestion.Incidents.ClauseText;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>Types each clause of a sentence: event, statement or nothing; splits meeting intros and denied claims.</summary>
internal sealed class ClauseClassifier
{
    private readonly Lexicon lexicon;
    private readonly PredicateFinder predicates;
    private readonly SpeakerFinder speakers;
    private readonly ClauseSplitter splitter;

    public ClauseClassifier(Lexicon lexicon, PredicateFinder predicates, SpeakerFinder speakers, ClauseSplitter splitter)
    {
        this.lexicon = lexicon;
        this.predicates = predicates;
        this.speakers = speakers;
        this.splitter = splitter;
    }

    internal List<Clause> Classify(string text, Sentence sentence, List<Token> allTokens, IReadOnlyList<EntityMention> allMentions, Speaker? previousSpeaker,
        IReadOnlySet<int>? permissions = null)
    {
        var cuts = splitter.ClauseCuts(text, sentence);
        var spans = new List<Clause>();
        var sentenceTokens = Slice(allTokens, sentence.Start, sentence.End);
        var firstToken = sentenceTokens[0];
        var facts = predicates.FactsOf(sentenceTokens, permissions);
        for (var i = 0; i < cuts.Count - 1; i++)
        {
            var (start, end) = Trim(text, cuts[i], cuts[i + 1]);
            if (end <= start) continue;
            var toks = Slice(allTokens, start, end);
            if (toks.Count == 0) continue;
            var span = new Clause
            {
                Start = start, End = end, Tokens = toks, Mentions = MentionsIn(allMentions, start, end),
                SentenceFirstToken = toks[0].Start == firstToken.Start ? 0 : -1, ExcerptStart = start,
                SentenceTokens = sentenceTokens, SentenceMentions = MentionsIn(allMentions, sentence.Start, sentence.End),
            };
            ClassifySpan(span, i == 0 ? previousSpeaker : null, text, sentence, facts);
            spans.Add(span);
        }
        spans = ClauseSplitter.MergeClauses(spans.Where(s => !s.Skip).ToList());
        if (spans.Count == 1) spans = SplitMeetingIntro(text, sentence, spans[0], allTokens, allMentions, facts);
        spans = spans.SelectMany(x => SplitDeniedClaim(text, sentence, x, allTokens, allMentions, facts)).ToList();
        // "denied reports that fighters crossed the river and fired on a post": a clause that goes on with the denied
        // claim's subject is part of the claim.
        for (var k = 1; k < spans.Count; k++)
            if (spans[k - 1].Denial && spans[k - 1].Type is not IncidentType.Statement && ClauseSplitter.SharesSubject(spans[k])) spans[k].Denial = true;
        // "... denied that any of its aircraft had crossed the border and said the drone belonged to ...": what the one
        // who denies says next is their own account, part of the denial.
        for (var k = spans.Count - 1; k >= 1; k--)
            if (spans[k - 1] is { Denial: true, Type: IncidentType.Statement } denial && spans[k].Tokens is [{ Folded: "and" }, _, ..] &&
                lexicon.Speech.Matches(spans[k].Tokens).Any(m => m.First == 1))
            {
                denial.End = spans[k].End;
                denial.Tokens.AddRange(spans[k].Tokens);
                denial.Mentions.AddRange(spans[k].Mentions);
                spans.RemoveAt(k);
            }
        // "The service said a driver was wounded, and accused Tajik soldiers of firing first": what a speaker goes on to
        // say, accuse or demand in the same breath is the same statement.
        for (var k = spans.Count - 1; k >= 1; k--)
            if (spans[k - 1].Type == IncidentType.Statement && spans[k].Tokens is [{ Folded: "and" }, _, ..] &&
                lexicon.StatementActs.Matches(spans[k].Tokens).Any(m => m.First == 1))
            {
                ClauseSplitter.Append(spans[k - 1], spans[k]);
                spans.RemoveAt(k);
            }
        // A trailing attribution ("..., sources in Ashgabat said.") is the source of every clause before it.
        // (A denial at the end, "..., which Bishkek has denied.", answers the clauses before; it is not their source.)
        if (spans.Count > 1 && spans[^1].Speaker is { Phrase: not null, Start: >= 0 } trailing && !spans[^1].Denial &&
            trailing.Start > text.LastIndexOf(',', sentence.End - 1, sentence.End - sentence.Start))
        {
            foreach (var span in spans.Where(x => x.Speaker is null)) span.Speaker = trailing;
            if (BareAttribution(spans[^1], trailing) && spans[^2].Type is { } told && told != IncidentType.Statement)
            {
                ClauseSplitter.Append(spans[^2], spans[^1]);
                spans.RemoveAt(spans.Count - 1);
            }
        }
        return spans.Where(s => s.Type is not null).ToList();
    }

    internal void ClassifySpan(Clause span, Speaker? inheritedSpeaker, string text, Sentence sentence, SentenceFacts facts)
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
        // "Turkmenistan, which declared neutrality in 1995, ...": a speech act in a relative clause on a thing or a state
        // describes it; it is not what the sentence reports.
        speech = speech.Where(m => !(m.First >= 2 && toks[m.First - 1].Folded == "which" &&
                                        text.AsSpan(toks[m.First - 2].End, toks[m.First - 1].Start - toks[m.First - 2].End).Contains(','))).ToList();
        // "since being admitted to the union": a word read as an event ("admitted to") is not a speech act as well.
        var eventWords = lexicon.Triggers.SelectMany(t => t.Phrases.Matches(toks, f)).ToList();
        speech = speech.Where(m => !eventWords.Any(e => e.First <= m.First && e.Last >= m.Last && e.Last > e.First)).ToList();
        var negations = lexicon.Negations.Matches(toks, f);
        bool Negated(PhraseMatch m) => negations.Any(n => n.Last < m.First && n.Last >= m.First - 3);

        // "might be warning", "never said": speculation or silence, not a statement.
        bool SpeechIsSpeculative() => speech.Count > 0 && (lexicon.Modals.Matches(toks, f).Any(m => m.Last < speech[0].First && m.Last >= speech[0].First - 4) || Negated(speech[0]));
        var triggers = predicates.TriggersIn(toks, f, facts, speech, span.Mentions);
        // A weak trigger types the clause only when no clause of the sentence has a regular one
        // ("deployed troops and armoured vehicles": the vehicles are what was deployed, not an arms transfer).
        // (With no trigger at all there is nothing to choose: the sentence's regular triggers are not looked for.)
        var chosen = triggers.Where(t => !t.Weak).Cast<Trigger?>().FirstOrDefault()
                     ?? (triggers.Count == 0 || facts.HasRegularTrigger ? null : triggers[0]);
        (IncidentType Type, int At)? ev = chosen is { } c ? (c.Type, c.At) : null;
        var cues = lexicon.StatementCues.Matches(toks, f).OrderBy(m => m.First).ToList();
        span.Denial = lexicon.Denied.Matches(toks, f).Count > 0;
        if (span.Denial && lexicon.DeniedAct.Matches(toks, f).Count > 0) span.AnswersEarlier = true;
        var speaker = speech.Count > 0 ? speakers.FindSpeaker(text, span, speech[0]) : inheritedSpeaker is not null && StartsWithQuote(text, span.Start) ? inheritedSpeaker : null;
        span.Speaker = speaker;
        var hasActor = span.Mentions.Any(m => m.Entry.Kind != EntryKind.Place);
        var hasState = span.Mentions.Any(m => m.Entry.Kind is EntryKind.State or EntryKind.Person or EntryKind.ArmedGroup || m.Entry.Kind == EntryKind.Organization && m.Entry.Country is not null);

        // "This information does not correspond to reality": a denial whose subject is the claim told before.
        if (span.Denial && (hasActor || speech.Count > 0 || StartsWithPronoun(toks) || lexicon.DeniedReference.Matches(toks, f).Any(m => m.First == 0)))
        {
            span.Type = IncidentType.Statement; span.TriggerToken = 0; return;
        }
        // "The service said Tajik troops had opened fire first": a party's side of who started it is its statement.
        if (ev is not null && speech.Count > 0 && !SpeechIsSpeculative() && lexicon.Blame.Matches(toks, f).Any(m => m.First > speech[0].Last))
        {
            span.Type = IncidentType.Statement; span.TriggerToken = speech[0].First; span.Blames = true;
            span.Speaker ??= speakers.FindSpeaker(text, span, speech[0]);
            return;
        }
        if (ev is { } named && StatementAct(text, toks, f, named.At, Negated) is { } act)
        {
            span.Type = IncidentType.Statement; span.TriggerToken = act.First;
            // "Uzbek officials accused ...": who accuses is who says it.
            span.Speaker ??= speakers.FindSpeaker(text, span, act);
            return;
        }
        var speculative = SpeechIsSpeculative();
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
        if (ev is not null) { span.Type = ev.Value.Type; span.TriggerToken = ev.Value.At; span.WeakTrigger = chosen is { Weak: true }; }
    }

    /// <summary>
    /// "Guards took the post on Tuesday after the garrison fled, a local official said.": the clause that ends in the
    /// attribution names no event of its own and its source only reports (no warning, accusation or denial): it is where
    /// the event before it comes from, not a statement of its own.
    /// </summary>
    private bool BareAttribution(Clause tail, Speaker source) =>
        tail.Type == IncidentType.Statement && !tail.Denial &&
        lexicon.EventWords(tail.Tokens, tail.SentenceFirstToken).Count == 0 &&
        !lexicon.StatementCues.Matches(tail.Tokens, tail.SentenceFirstToken).Any(m => tail.Tokens[m.First].Start >= source.Start) &&
        lexicon.StatementActs.Matches(tail.Tokens, tail.SentenceFirstToken).Count == 0;

    /// <summary>
    /// "The service accused Tajik guards of opening fire", "The ministry calls on its neighbour to stop people crossing":
    /// an accusation, a demand or an appeal before the event word is a statement, whatever event it names; not when it is
    /// said of someone ("the men, accused of smuggling, crossed ...", "two guards were accused of ...").
    /// </summary>
    private PhraseMatch? StatementAct(string text, List<Token> toks, int f, int eventAt, Func<PhraseMatch, bool> negated) =>
        lexicon.StatementActs.Matches(toks, f).Where(m => m.Last < eventAt && !negated(m) &&
            !(m.First > 0 && PredicateFrames.BeForms.Contains(toks[m.First - 1].Folded)) &&
            !(m.First > 0 && text.AsSpan(toks[m.First - 1].End, toks[m.First].Start - toks[m.First - 1].End).Contains(',') &&
              text.AsSpan(toks[m.Last].End, toks[eventAt].Start - toks[m.Last].End).Contains(',')))
            .Select(m => (PhraseMatch?)m).FirstOrDefault();

    /// <summary>
    /// "In a phone call with X, Y said ...", "In a phone call on Tuesday, X and Y agreed to ...": the meeting in the
    /// opening phrase is an incident of its own beside the statement or act that follows it.
    /// </summary>
    internal List<Clause> SplitMeetingIntro(string text, Sentence sentence, Clause span, List<Token> allTokens, IReadOnlyList<EntityMention> allMentions, SentenceFacts facts)
    {
        if (span.Type is null) return [span];
        var meeting = lexicon.EventWords(span.Tokens, span.SentenceFirstToken, IncidentType.DiplomaticMeeting).OrderBy(m => m.First).ToList();
        if (meeting.Count == 0) return [span];
        var triggerEnd = span.Tokens[meeting[0].Last].End;
        var comma = text.IndexOf(',', triggerEnd, span.End - triggerEnd);
        if (comma < 0) return [span];
        var (bStart, bEnd) = Trim(text, comma + 1, span.End);
        var rest = ClauseSplitter.NewSpan(bStart, bEnd, span, allTokens, allMentions);
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
        var intro = ClauseSplitter.NewSpan(aStart, aEnd, span, allTokens, allMentions);
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
    internal List<Clause> SplitDeniedClaim(string text, Sentence sentence, Clause span, List<Token> allTokens, IReadOnlyList<EntityMention> allMentions, SentenceFacts facts)
    {
        if (!span.Denial || span.Type != IncidentType.Statement) return [span];
        foreach (var denial in lexicon.Denied.Matches(span.Tokens, span.SentenceFirstToken))
        {
            var that = span.Tokens.FindIndex(denial.Last + 1, t => t.Folded == "that");
            if (that < 0 || that - denial.Last > 4 || that + 1 >= span.Tokens.Count) continue;
            // "denied that any shots had been fired": the claim asserts nothing of its own; the denial answers the
            // claims told before it and stays one statement.
            if (lexicon.BlanketClaim.Matches(span.Tokens.Skip(that + 1).Take(2).ToList()).Count > 0) { span.AnswersEarlier = true; return [span]; }
            var claim = ClauseSplitter.NewSpan(span.Tokens[that + 1].Start, span.End, span, allTokens, allMentions);
            ClassifySpan(claim, null, text, sentence, facts);
            if (claim.Type is null or IncidentType.Statement) return [span];
            claim.Denial = true;
            var (start, end) = Trim(text, span.Start, span.Tokens[that].Start);
            var rejection = ClauseSplitter.NewSpan(start, end, span, allTokens, allMentions);
            rejection.Type = IncidentType.Statement;
            rejection.TriggerToken = span.TriggerToken < rejection.Tokens.Count ? span.TriggerToken : 0;
            rejection.Speaker = span.Speaker;
            rejection.Denial = true;
            rejection.ExcerptStart = span.ExcerptStart;
            return [rejection, claim];
        }
        return [span];
    }
}
