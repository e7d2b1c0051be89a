using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Gazetteer;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Recognition;
using static BorderWatch.Ingestion.Incidents.ClauseText;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// Speech acts read from the dependency parse, after <see cref="ParsedClauseRules"/>:
/// <list type="bullet">
/// <item>an offer, a request or a warning (statementClasses of syntax.json) or a declared readiness ("stands ready to")
/// that governs the clause's event word is a statement, not that event ("offered to train Kyrgyz dog handlers");</item>
/// <item>a speaker's report followed by "..., and it denied ..." in the same breath is one statement, denied;</item>
/// <item>a claim and another party's denial of it joined by "but" are one record: the claimed event, denied;</item>
/// <item>a sentence with nothing found: a record that shows an event ("images show that ...") reports it, a declared
/// readiness or an accusation, demand or appeal by a party (statements.json acts) is a statement.</item>
/// </list>
/// </summary>
internal sealed class SpeechActs(ClauseSyntax syntax, SpeechActLexicon words)
{
    internal List<Clause> Apply(ParsedSentence parse, List<Clause> spans)
    {
        foreach (var span in spans)
        {
            if (span.Type is not { } type || type == IncidentType.Statement || span.Denial) continue;
            if (ParsedClauseRules.TriggerIn(parse, span) is not { } trigger) continue;
            if (Governing(parse, trigger, span) is not { } act) continue;
            span.Type = IncidentType.Statement;
            span.TriggerToken = span.Tokens.FindIndex(t => t.Start == act.Start);
        }
        JoinOwnDenial(spans);
        foreach (var span in spans) DeniedClaim(parse, span);
        return spans;
    }

    /// <summary>
    /// "The delegation expressed gratitude to its hosts for the warm welcome", "The service thanks residents for their
    /// vigilance": a statement whose predicate is a courtesy act (speech-acts.json courtesyVerbs, or a verb whose object
    /// is one of courtesyNouns) reports nothing. A report's own predicate ("said that ... and thanked X") is not one.
    /// </summary>
    internal bool Courtesy(ParsedSentence parse, Clause span)
    {
        if (span is not { Type: IncidentType.Statement, Denial: false } || ClauseSyntax.HeadOf(parse, span.Start, span.End) is not { } head) return false;
        if (head.Upos != Upos.VERB || syntax.NegatedOrHypothetical(parse, head)) return false;
        return words.CourtesyVerbs.Contains(ClauseSyntax.Lemma(head)) ||
               parse.Dependents(head.Index).Any(d => d.BaseRelation == "obj" && words.CourtesyNouns.Contains(ClauseSyntax.Lemma(d)));
    }

    /// <summary>The offer, request, warning or readiness before <paramref name="trigger"/> whose complement holds it.</summary>
    private ParsedToken? Governing(ParsedSentence parse, ParsedToken trigger, Clause span) =>
        parse.Tokens.Where(a => a.Index < trigger.Index && ClauseSyntax.Inside(a, span.Start, span.End) && Offers(parse, a) &&
                                !syntax.NegatedOrHypothetical(parse, a))
            .FirstOrDefault(a => parse.Dependents(a.Index).Any(d => d.BaseRelation is "xcomp" or "ccomp" or "obj" or "iobj" &&
                                                                     ParsedClauseRules.Subtree(parse, d).Any(t => t.Index == trigger.Index)));

    /// <summary>
    /// A verb that offers, requests or warns, with its own subject (the one who speaks: not "families arrived asking to be
    /// let in"), or an adjective of readiness with a verb as its complement.
    /// </summary>
    private bool Offers(ParsedSentence parse, ParsedToken a) =>
        a.Upos == Upos.VERB ? syntax.Read(parse, a).Role == PredicateRole.Statement && parse.Dependents(a.Index).Any(d => d.BaseRelation == "nsubj")
            : a.Upos == Upos.ADJ && words.Readiness.Contains(ClauseSyntax.Lemma(a)) &&
              parse.Dependents(a.Index).Any(d => d.BaseRelation == "xcomp" && d.Upos == Upos.VERB);

    /// <summary>
    /// "The ministry said its guards fired warning shots, and it denied that anyone was hit": what a speaker reports and
    /// then denies in the same breath is one statement, denied.
    /// </summary>
    private static void JoinOwnDenial(List<Clause> spans)
    {
        for (var k = spans.Count - 1; k >= 1; k--)
        {
            var (before, denial) = (spans[k - 1], spans[k]);
            if (denial is not { Denial: true, Type: IncidentType.Statement } || before.Denial || before.Type is null || before.Speaker is null) continue;
            if (denial.Tokens is not [{ Folded: "and" }, { Folded: "it" or "they" or "he" or "she" }, ..]) continue;
            before.Type = IncidentType.Statement;
            before.Denial = true;
            ClauseSplitter.Append(before, denial);
            spans.RemoveAt(k);
        }
    }

    /// <summary>
    /// "Local media say troops seized a hill, but the border service denies it", "Residents reported shooting at the
    /// post; the border service denied it the next day": a claim and another party's denial of it in one sentence
    /// (joined by "but" or a semicolon) are one record, the claimed event, denied.
    /// </summary>
    private void DeniedClaim(ParsedSentence parse, Clause span)
    {
        if (span is not { Type: IncidentType.Statement, Denial: true }) return;
        foreach (var but in parse.Tokens.Where(t => ClauseSyntax.Inside(t, span.Start, span.End) &&
                                                    (t.Upos == Upos.CCONJ && ClauseSyntax.Lemma(t) == "but" || t is { Upos: Upos.PUNCT, Form: ";" })))
        {
            var first = span.Tokens.FindIndex(t => t.Start >= but.End);
            // (The word tokens hold "but" but no semicolon: the claim ends at the last word before the joint.)
            var at = span.Tokens.FindIndex(t => t.Start >= but.Start);
            if (first < 0 || at <= 0) continue;
            var (left, right) = (span.Tokens[..at], span.Tokens[first..]);
            var leftDenies = syntax.Lexicon.Denied.Matches(left).Count > 0;
            var rightDenies = syntax.Lexicon.Denied.Matches(right).Count > 0;
            if (leftDenies == rightDenies) continue;
            // "...; it denied that anyone was hurt": after a semicolon a pronoun that denies is the reporter going on, its
            // own denial of a detail (a statement), not another party's answer to the claim.
            if (but.Upos == Upos.PUNCT && rightDenies && ClauseSyntax.HeadOf(parse, right[0].Start, right[^1].End) is { } denier &&
                parse.Dependents(denier.Index).Any(d => d.BaseRelation == "nsubj" && d.Upos == Upos.PRON)) continue;
            var claim = leftDenies ? right : left;
            if (leftDenies && DeniersOwnVersion(parse, span, left, right)) continue;
            if (ClaimedEvent(parse, claim) is not { } found) continue;
            span.Type = found.Type;
            span.TriggerToken = span.Tokens.IndexOf(found.Word);
            return;
        }
    }

    /// <summary>
    /// "Bishkek denied the Tajik account; its guards had fired only into the air, the Kyrgyz border service said": what
    /// follows a denial, told by the denier itself, is its own version, not the claim it denies: the version's subject
    /// under a possessive pronoun pointing back ("its guards"), or a speaker of the version naming a state the denier's
    /// subject names.
    /// </summary>
    private bool DeniersOwnVersion(ParsedSentence parse, Clause span, List<Token> denial, List<Token> version)
    {
        if (ClauseSyntax.HeadOf(parse, version[0].Start, version[^1].End) is not { } head) return false;
        var subject = parse.Dependents(head.Index).FirstOrDefault(d => d.BaseRelation == "nsubj");
        if (subject is not null && parse.Dependents(subject.Index).Any(d => d.Relation == "nmod:poss" && words.BackPossessives.Contains(d.Form.ToLowerInvariant()))) return true;
        HashSet<string> StatesUnder(ParsedToken t)
        {
            var tree = ParsedClauseRules.Subtree(parse, t);
            var (start, end) = (tree.Min(x => x.Start), tree.Max(x => x.End));
            return span.Mentions.Where(m => m.Start >= start && m.End <= end && m.Entry.Country is not null).Select(m => m.Entry.Country!).ToHashSet();
        }
        if (ClauseSyntax.HeadOf(parse, denial[0].Start, denial[^1].End) is not { } denier ||
            parse.Dependents(denier.Index).FirstOrDefault(d => d.BaseRelation == "nsubj") is not { } who) return false;
        var denierStates = StatesUnder(who);
        if (denierStates.Count == 0) return false;
        var speakers = parse.Tokens.Where(t => t.Upos == Upos.VERB && t.Start >= version[0].Start && t.End <= version[^1].End && t.Index != head.Index &&
                                               (t.Head == head.Index || head.Head == t.Index))
            .SelectMany(t => parse.Dependents(t.Index).Where(d => d.BaseRelation == "nsubj"));
        return speakers.Any(sp => StatesUnder(sp).Overlaps(denierStates));
    }

    /// <summary>The event a claim names, when the claim has a subject of its own (not "but said ...").</summary>
    private (IncidentType Type, Token Word)? ClaimedEvent(ParsedSentence parse, List<Token> claim)
    {
        if (ClauseSyntax.HeadOf(parse, claim[0].Start, claim[^1].End) is not { } head ||
            !parse.Dependents(head.Index).Any(d => d.BaseRelation == "nsubj" && d.Upos != Upos.PRON)) return null;
        if (syntax.EventOf(parse, head) is { Type: { } type } ev && type != IncidentType.Statement && !syntax.NegatedOrHypothetical(parse, ev.Head) &&
            claim.FirstOrDefault(t => t.Start == ev.Head.Start) is { } word)
            return (type, word);
        var named = Enum.GetValues<IncidentType>().Where(t => t != IncidentType.Statement)
            .SelectMany(t => syntax.Lexicon.EventWords(claim, -1, t).Select(m => (Type: t, m.First))).OrderBy(x => x.First).ToList();
        return named.Count > 0 ? (named[0].Type, claim[named[0].First]) : null;
    }

    /// <summary>
    /// A sentence in which nothing was found: a record that shows an event ("Satellite images show that ... has built
    /// new posts"), a declared readiness ("China stands ready to give more help") or a party's accusation, demand or
    /// appeal ("The agency calls on Kazakhstan to keep letting people cross").
    /// </summary>
    internal Clause? FromSpeech(ParsedSentence parse, Sentence sentence, List<Token> allTokens, IReadOnlyList<EntityMention> allMentions)
    {
        if (parse.Root is not { } root) return null;
        var tokens = Slice(allTokens, sentence.Start, sentence.End);
        if (tokens.Count == 0) return null;
        var mentions = MentionsIn(allMentions, sentence.Start, sentence.End);
        if (root.Upos == Upos.VERB && words.FindingVerbs.Contains(ClauseSyntax.Lemma(root)) && !syntax.NegatedOrHypothetical(parse, root) &&
            parse.Dependents(root.Index).Any(d => d.BaseRelation == "nsubj" && Shows(parse, d)) &&
            parse.Dependents(root.Index).FirstOrDefault(d => d.BaseRelation == "ccomp") is { } content &&
            syntax.EventOf(parse, content) is { Type: { } type } ev && type != IncidentType.Statement && !syntax.NegatedOrHypothetical(parse, ev.Head) &&
            syntax.Licensed(type, tokens, mentions, parse, ev.Head))
            return Whole(sentence, tokens, mentions, type, ev.Head.Start);
        bool Party(ParsedToken t) => mentions.Any(m => m.Start <= t.Start && t.End <= m.End && m.Entry.Kind is not (EntryKind.Place or EntryKind.Media));
        var ready = root.Upos == Upos.ADJ ? root : parse.Dependents(root.Index).FirstOrDefault(d => d.BaseRelation == "xcomp" && d.Upos == Upos.ADJ);
        if (ready is not null && Offers(parse, ready) && !syntax.NegatedOrHypothetical(parse, root) &&
            parse.Dependents(root.Index).Any(d => d.BaseRelation == "nsubj" && Party(d)))
            return Whole(sentence, tokens, mentions, IncidentType.Statement, ready.Start);
        // "The regiment urges residents to stay out of the strip", "the committee asks drivers to carry their papers": a
        // request, warning or offer (syntax.json statementClasses) or an accusation read on the predicate's lemma, in any
        // tense, by a party or an office that can speak for one, with what it asks for or warns of.
        if (root.Upos == Upos.VERB && syntax.Read(parse, root).Role is PredicateRole.Statement or PredicateRole.Accusation &&
            !syntax.NegatedOrHypothetical(parse, root) &&
            parse.Dependents(root.Index).Any(d => d.BaseRelation is "xcomp" or "ccomp" or "obj") &&
            parse.Dependents(root.Index).FirstOrDefault(d => d.BaseRelation == "nsubj") is { } subject && SpeaksForParty(parse, subject, tokens, Party))
            return Whole(sentence, tokens, mentions, IncidentType.Statement, root.Start);
        if (ReportOfNoEvent(parse, root, tokens, Party) is { } report) return Whole(sentence, tokens, mentions, IncidentType.Statement, report.Start);
        if (SourcedIntent(parse, root, tokens, Party) is { } intent) return Whole(sentence, tokens, mentions, IncidentType.Statement, intent.Start);
        // (The parser may read "calls" in "X calls on Y to ..." as a noun: the act is found on the surface.)
        var act = syntax.Lexicon.StatementActs.Matches(tokens).FirstOrDefault(m => m.First > 0 && !PredicateFrames.BeForms.Contains(tokens[m.First - 1].Folded) &&
            !syntax.Lexicon.Negations.Matches(tokens).Any(n => n.Last < m.First && n.Last >= m.First - 3) &&
            // "the most demanding waters": a participle describing a noun is no act.
            (m.Last > m.First || parse.Tokens.Any(t => t.Start == tokens[m.First].Start && t.Upos == Upos.VERB && t.BaseRelation is not ("amod" or "acl"))));
        if (act.Pattern is null || !mentions.Any(m => m.End <= tokens[act.First].Start && m.Entry.Kind is not (EntryKind.Place or EntryKind.Media))) return null;
        return Whole(sentence, tokens, mentions, IncidentType.Statement, tokens[act.First].Start);
    }

    /// <summary>
    /// type28: "Kyrgyz engineers could finish the road by autumn, a deputy minister hinted", "No soldier of ours has ever
    /// entered the enclave, the ministry retorted": a verb of the report class (syntax.json reportClasses, read by its
    /// WordNet class, "hint", "retort", "reaffirm", not only statements.json's speech words), in the root or trailing
    /// it, with a party or an office as its subject, that reports a clause telling no event in force (hedged, negated,
    /// of a negated argument or still to come): the speaker's statement. Asked only where no rule found anything, so an
    /// act told through a source stays that act.
    /// </summary>
    private ParsedToken? ReportOfNoEvent(ParsedSentence parse, ParsedToken root, List<Token> tokens, Func<ParsedToken, bool> party)
    {
        bool Reports(ParsedToken t) => t.Upos == Upos.VERB && syntax.Read(parse, t).Role == PredicateRole.Report;
        var report = Reports(root) ? root : parse.Dependents(root.Index).FirstOrDefault(d => d.BaseRelation == "parataxis" && Reports(d));
        if (report is null || syntax.NegatedOrHypothetical(parse, report) ||
            parse.Dependents(report.Index).FirstOrDefault(d => d.BaseRelation == "nsubj") is not { } speaker || !SpeaksForParty(parse, speaker, tokens, party)) return null;
        var content = report == root ? parse.Dependents(root.Index).FirstOrDefault(d => d.BaseRelation is "ccomp" or "parataxis") : root;
        if (content is null) return null;
        var toCome = parse.Dependents(content.Index).Any(d => d.BaseRelation == "aux" && syntax.Lexicon.PlannedAuxiliaries.Contains(ClauseSyntax.Lemma(d)));
        return syntax.NegatedOrHypothetical(parse, content) || ClauseSyntax.NegatedArgument(parse, content) || toCome ? report : null;
    }

    /// <summary>
    /// type29: "Bishkek would pay for the bridge's repair, according to a letter from the Kyrgyz finance minister": a party's
    /// act that is not in force (hedged, negated or still to come), told through a source introducer
    /// (statements.json sourceIntroducers, <see cref="Lexicon.SourceIntroducers"/>) that names a party or an office, is that party's stated intent:
    /// the source's statement. Asked only where no rule found anything; "the bridge would reopen, according to ..." has no
    /// party as its subject, "according to local media" no party or office as its source.
    /// </summary>
    private ParsedToken? SourcedIntent(ParsedSentence parse, ParsedToken root, List<Token> tokens, Func<ParsedToken, bool> party)
    {
        if (root.Upos != Upos.VERB || parse.Dependents(root.Index).FirstOrDefault(d => d.BaseRelation == "nsubj") is not { } subject ||
            !SpeaksForParty(parse, subject, tokens, party)) return null;
        var toCome = parse.Dependents(root.Index).Any(d => d.BaseRelation == "aux" && syntax.Lexicon.PlannedAuxiliaries.Contains(ClauseSyntax.Lemma(d)));
        if (!toCome && !syntax.NegatedOrHypothetical(parse, root)) return null;
        foreach (var from in SourceIntroducers.SourceStarts(syntax.Lexicon.SourceIntroducers, tokens))
        {
            var source = tokens[from..];
            if (syntax.Lexicon.OfficialRoles.Matches(source).Count > 0 || parse.Tokens.Any(t => t.Start >= source[0].Start && party(t))) return root;
        }
        return null;
    }

    /// <summary>The subject phrase names a party ("Uzbekistan's border troops"), or its head is an office that speaks for
    /// one (statements.json officialRoles: "the committee", "the ministry") or a unit of troops ("the regiment").</summary>
    private bool SpeaksForParty(ParsedSentence parse, ParsedToken subject, List<Token> tokens, Func<ParsedToken, bool> party)
    {
        var phrase = ParsedClauseRules.Subtree(parse, subject).ToList();
        if (phrase.Any(party)) return true;
        var head = tokens.Where(t => t.Start == subject.Start).ToList();
        return syntax.Lexicon.OfficialRoles.Matches(head).Count > 0 ||
               (subject.Upos == Upos.NOUN && syntax.Lexicon.Classes.NounClasses(ClauseSyntax.Lemma(subject)).Contains(Troops));
    }

    /// <summary>The noun class of units of troops (event-classes.json).</summary>
    private const string Troops = "troops";

    /// <summary>The subject is a record that shows (or a noun compounded with one: "satellite images").</summary>
    private bool Shows(ParsedSentence parse, ParsedToken subject) =>
        words.FindingSources.Contains(ClauseSyntax.Lemma(subject)) ||
        parse.Dependents(subject.Index).Any(d => d.BaseRelation == "compound" && words.FindingSources.Contains(ClauseSyntax.Lemma(d)));

    private static Clause Whole(Sentence sentence, List<Token> tokens, List<EntityMention> mentions, IncidentType type, int headStart) =>
        new()
        {
            Start = sentence.Start, End = sentence.End, Tokens = tokens, Mentions = mentions, SentenceFirstToken = 0,
            ExcerptStart = sentence.Start, SentenceTokens = [.. tokens], SentenceMentions = [.. mentions], Type = type,
            TriggerToken = tokens.FindIndex(t => t.Start == headStart),
        };
}
