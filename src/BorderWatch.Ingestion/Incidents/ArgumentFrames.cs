using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Gazetteer;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Recognition;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// Events read from the classes of a predicate's arguments when the predicate is in no event class (issue 8,
/// <c>Lexicon/argument-frames.json</c>): a weapon as the instrument ("targeted the post with a grenade launcher"), a
/// projectile as the subject ("bullets whistled across the canal"), a document approved ("the parliament endorsed the
/// terms"), a place run by armed men ("the bridge is run by an armed faction"), materiel arriving for a party ("a
/// consignment of rifles for the border service landed at Osh"). Each frame needs its own setting (a state or a border, a
/// pair of states, an armed agent, a recipient), so that business news and metaphors make none. Only
/// <see cref="ParsedClauseRules.FromPredicate"/> asks: a sentence no other rule found an incident in.
/// </summary>
internal sealed partial class ClauseSyntax
{
    private readonly ArgumentFrameLexicon frameWords = ArgumentFrameLexicon.Default;

    /// <summary>The event <paramref name="head"/> stands for by the classes of its arguments, licensed by its frame; null if none.</summary>
    internal ClausePredicate? FramedEvent(ParsedSentence parse, ParsedToken head, List<Token> tokens, IReadOnlyList<EntityMention> mentions)
    {
        if (head.Upos != Upos.VERB) return null;
        var classes = Classes(parse, head).ToHashSet(StringComparer.Ordinal);
        var args = parse.Dependents(head.Index).ToList();
        var states = mentions.Select(m => m.Entry.Country).Where(c => c is not null).Distinct().Count();
        var border = lexicon.BorderWords.Matches(tokens).Count > 0;
        var f = frameWords;

        // "targeted his watchtower with a grenade launcher": a weapon as the instrument of an act with a target.
        // (type28: the target may be the passive subject, "the jeep was sprayed with machine-gun rounds".)
        if (!f.Instruments.Except.Contains(Lemma(head)) && (states > 0 || border) &&
            args.Any(d => d.BaseRelation == "obl" && f.Instruments.Prepositions.Contains(CaseOf(parse, d) ?? "") && Nominals(parse, d).Any(n => Of(parse, n, f.Instruments.Classes))) &&
            args.Any(d => d.Relation is "obj" or "nsubj:pass" || (d.BaseRelation == "obl" && f.Instruments.Words.Contains(CaseOf(parse, d) ?? ""))))
            return new(head, PredicateRole.Event, f.Instruments.Type);
        // "a consignment of rifles for the border service landed at Osh": materiel arriving for a party.
        if ((classes.Overlaps(f.Deliveries.VerbClasses) || f.Deliveries.Verbs.Contains(Lemma(head)) || f.Deliveries.Verbs.Contains(WithParticle(parse, head))) && Delivers(parse, head, args, mentions))
            return new(head, PredicateRole.Event, f.Deliveries.Type);
        // "columns of lorries packed with soldiers headed towards the border": troops moving themselves to a goal.
        if (classes.Overlaps(f.Marches.VerbClasses) && (states > 0 || border) && Marches(parse, args))
            return new(head, PredicateRole.Event, f.Marches.Type);
        // "bullets whistled across the canal": a projectile travelling along a path (the subject itself, not what it
        // is a batch of: "a consignment of ammunition landed ...").
        if (args.Any(d => d.Relation == "nsubj" && !f.Projectiles.Except.Contains(Lemma(d)) &&
                          parse.Dependents(d.Index).Where(c => c.BaseRelation == "conj").Prepend(d).Any(n => Of(parse, n, f.Projectiles.Classes))) &&
            args.Any(d => d.BaseRelation == "obl" && f.Projectiles.Prepositions.Contains(CaseOf(parse, d) ?? "")))
            return new(head, PredicateRole.Event, f.Projectiles.Type);
        // "the parliament endorsed the border treaty", "gave its assent to the settlement": a document approved by a state.
        if ((states >= 2 || (states == 1 && border)) && Approves(parse, head, classes, args))
            return new(head, PredicateRole.Event, f.Approval.Type);
        // "rebels now run the district", "the bridge has been run by an armed faction": a place held by armed men.
        if ((classes.Overlaps(f.Holding.VerbClasses) || f.Holding.Verbs.Contains(Lemma(head))) &&
            args.Any(d => (d.Relation == "nsubj" || d.Relation == "obl:agent" || (d.BaseRelation == "obl" && CaseOf(parse, d) == "by" && args.Any(a => a.Relation == "aux:pass"))) &&
                          ArmedAgent(parse, d, mentions)) &&
            Licensed(f.Holding.Type, tokens, mentions, parse, head))
            return new(head, PredicateRole.Event, f.Holding.Type);
        return null;
    }

    /// <summary>Troops as the subject (or what the subject is a column of, or is packed "with") and a goal.</summary>
    private bool Marches(ParsedSentence parse, List<ParsedToken> args)
    {
        var m = frameWords.Marches;
        if (!args.Any(d => d.BaseRelation == "obl" && m.Prepositions.Contains(CaseOf(parse, d) ?? ""))) return false;
        var subjects = args.Where(d => d.Relation == "nsubj").SelectMany(s => Nominals(parse, s)).ToList();
        subjects.AddRange(subjects.SelectMany(s => parse.Dependents(s.Index).Where(x => x.BaseRelation == "acl"))
            .SelectMany(v => parse.Dependents(v.Index).Where(x => x.BaseRelation == "obl" && CaseOf(parse, x) == "with")).SelectMany(o => Nominals(parse, o)).ToList());
        return subjects.Any(n => Of(parse, n, m.Classes));
    }

    /// <summary>A noun of one of the classes, read with its compound words.</summary>
    private bool Of(ParsedSentence parse, ParsedToken noun, IReadOnlySet<string> classes) =>
        noun.Upos == Upos.NOUN && NounClasses(parse, noun).Any(classes.Contains);

    /// <summary>A nominal with what it is a unit, a batch or a set of and what is coordinated with it ("a consignment of rifles and ammunition").</summary>
    private static List<ParsedToken> Nominals(ParsedSentence parse, ParsedToken nominal)
    {
        var result = new List<ParsedToken> { nominal };
        for (var i = 0; i < result.Count && result.Count < 12; i++)
            result.AddRange(parse.Dependents(result[i].Index).Where(d => d.BaseRelation == "conj" || (d.BaseRelation == "nmod" && CaseOf(parse, d) == "of")));
        return result;
    }

    private bool IsDocument(ParsedSentence parse, ParsedToken noun) =>
        noun.Upos is Upos.NOUN && (frameWords.Approval.Nouns.Contains(Lemma(noun)) || Of(parse, noun, frameWords.Approval.Others));

    /// <summary>A verb of approval whose theme is a document, or a light verb giving a noun of approval "to" a document.</summary>
    private bool Approves(ParsedSentence parse, ParsedToken head, IReadOnlySet<string> classes, List<ParsedToken> args)
    {
        var a = frameWords.Approval;
        if (classes.Overlaps(a.VerbClasses))
        {
            var themes = args.Where(d => d.Relation is "obj" or "nsubj:pass").ToList();
            // "terms the parliament endorsed", "a document adopted in Tashkent": the noun the clause describes.
            if (head.BaseRelation == "acl" && head.Head >= 0) themes.Add(parse.Tokens[head.Head]);
            if (themes.Any(t => IsDocument(parse, t))) return true;
        }
        if (!a.Words.Contains(Lemma(head))) return false;
        var approvals = args.Where(d => d.Relation == "obj" && Of(parse, d, a.Classes)).ToList();
        return approvals.Count > 0 && args.Concat(approvals.SelectMany(o => parse.Dependents(o.Index)))
            .Any(d => d.BaseRelation is "obl" or "nmod" && CaseOf(parse, d) == "to" && IsDocument(parse, d));
    }

    /// <summary>An agent that bears arms: troops, a noun marked "armed", or an armed group by name.</summary>
    private bool ArmedAgent(ParsedSentence parse, ParsedToken agent, IReadOnlyList<EntityMention> mentions)
    {
        var h = frameWords.Holding;
        if (agent.Upos == Upos.NOUN && (Of(parse, agent, h.Others) || parse.Dependents(agent.Index).Any(d => d.BaseRelation == "amod" && h.Words.Contains(Lemma(d)))))
            return true;
        var span = ParsedClauseRules.Subtree(parse, agent);
        var (start, end) = (span.Min(t => t.Start), span.Max(t => t.End));
        return mentions.Any(m => m.Entry.Kind == EntryKind.ArmedGroup && m.Start >= start && m.End <= end);
    }

    /// <summary>Materiel as the subject (or what it carries, or the "with" phrase) of a verb of arriving, for a party.</summary>
    private bool Delivers(ParsedSentence parse, ParsedToken head, List<ParsedToken> args, IReadOnlyList<EntityMention> mentions)
    {
        var d = frameWords.Deliveries;
        var subjects = args.Where(x => x.Relation == "nsubj").ToList();
        var carriers = subjects.Concat(args.Where(x => x.BaseRelation == "obl" && CaseOf(parse, x) == "with")).SelectMany(s => Nominals(parse, s)).ToList();
        // "a train carrying thirty carriers": what the subject carries.
        carriers.AddRange(subjects.SelectMany(s => parse.Dependents(s.Index).Where(x => x.BaseRelation == "acl"))
            .SelectMany(v => parse.Dependents(v.Index).Where(x => x.Relation == "obj")).SelectMany(o => Nominals(parse, o)));
        var theme = carriers.Where(n => Of(parse, n, d.Classes)).ToList();
        if (theme.Count == 0) return false;
        bool Party(ParsedToken n)
        {
            if (n.Upos == Upos.NOUN && Of(parse, n, d.Others)) return true;
            var span = ParsedClauseRules.Subtree(parse, n);
            return mentions.Any(m => m.Entry.Kind is EntryKind.State or EntryKind.ArmedGroup && m.Start >= span.Min(t => t.Start) && m.End <= span.Max(t => t.End));
        }
        var below = ParsedClauseRules.Subtree(parse, head);
        return below.Any(n => n.BaseRelation is "nmod" or "obl" && d.Prepositions.Contains(CaseOf(parse, n) ?? "") && Party(n)) ||
               args.Any(o => o.Relation == "obj" && o.Upos == Upos.NOUN && Of(parse, o, d.Others));
    }

    /// <summary>
    /// The classes of a closed compound WordNet does not list, by its last part, when its first part is a class member
    /// too: "gunships" (gun + ship), "gunboats"; not "friendship" or "leadership" (their first part is in no class).
    /// </summary>
    private IEnumerable<string> ClosedCompoundClasses(string lemma)
    {
        var classes = Lexicon.Classes;
        for (var k = 3; k <= lemma.Length - 3; k++)
        {
            var (first, last) = (lemma[..k], lemma[k..]);
            var lastClasses = classes.NounClasses(last).ToList();
            if (lastClasses.Count > 0 && classes.NounClasses(first).Any()) return lastClasses;
        }
        return [];
    }
}
