using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Recognition;

namespace BorderWatch.Ingestion.Incidents.TypeModel;

/// <summary>
/// The clause's mood (features version 4, model43): how the sentence frames its predicate when no speech word does.
/// A root of thought, feeling or telling with a clausal complement and that complement's marker ("expects ISIS-K to
/// try", "hopes the post will reopen": cognition|xcomp|to, emotion|ccomp|will); the kind of the root's subject with
/// the root's supersense ("the note reads", "the map shows": communication|cognition, communication|perception); and a
/// quantifier over every member of the head's object or oblique ("check every lorry", "at every hour": watching rather
/// than one act). WordNet supersenses (type-words.json), so they reach words no lexicon lists.
/// </summary>
public sealed partial class TypeFeatures
{
    private static readonly HashSet<string> Universal = new(StringComparer.Ordinal) { "every", "each", "all", "any" };

    /// <summary>The mood features of a sentence as text (what <see cref="Extract"/> hashes), its predicate read as there.</summary>
    public IReadOnlyList<string> MoodOf(ParsedSentence parse, IReadOnlyList<EntityMention> mentions)
    {
        if (parse.Root is not { } root) return [];
        var head = root;
        if (Classes(parse, root).Any(c => words.ReportClasses.Contains(c) || words.AccusationClasses.Contains(c) || words.DenialClasses.Contains(c) || words.StatementClasses.Contains(c)))
            head = parse.Dependents(root.Index).FirstOrDefault(d => d.BaseRelation is "ccomp" or "parataxis") ?? root;
        return [.. Mood(parse, root, head, mentions).Distinct()];
    }

    private IEnumerable<string> Mood(ParsedSentence parse, ParsedToken root, ParsedToken head, IReadOnlyList<EntityMention> mentions)
    {
        var rootSenses = Senses(root).DefaultIfEmpty("-").ToList();
        foreach (var c in parse.Dependents(root.Index).Where(d => d.BaseRelation is "ccomp" or "xcomp"))
        {
            var marker = ComplementMarker(parse, c);
            foreach (var s in rootSenses) yield return "comp|" + s + "|" + c.BaseRelation + "|" + marker;
            yield return "compof|" + Lemma(root) + "|" + marker;
        }
        if (parse.Dependents(root.Index).FirstOrDefault(d => d.Relation is "nsubj" or "nsubj:pass") is { } subject)
            foreach (var k in ArgClasses(subject, mentions).DefaultIfEmpty("-"))
                foreach (var s in rootSenses) yield return "subj|" + k + "|" + s;
        foreach (var d in parse.Dependents(head.Index).Where(d => d.BaseRelation is "obj" or "obl" or "nsubj:pass"))
            foreach (var q in parse.Dependents(d.Index).Where(q => q.BaseRelation == "det" && Universal.Contains(Lemma(q))))
                yield return "every|" + d.BaseRelation + "|" + Lemma(q);
    }

    /// <summary>A clausal complement's marker: its modal ("will", "may"), else its subordinator ("to", "that"), else "-".</summary>
    private static string ComplementMarker(ParsedSentence parse, ParsedToken complement)
    {
        var deps = parse.Dependents(complement.Index).ToList();
        if (deps.FirstOrDefault(d => d.BaseRelation == "aux" && Modals.Contains(Lemma(d))) is { } modal) return Lemma(modal);
        if (deps.FirstOrDefault(d => d.BaseRelation == "mark") is { } mark) return Lemma(mark);
        return "-";
    }
}
