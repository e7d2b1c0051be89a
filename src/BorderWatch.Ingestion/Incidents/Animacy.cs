using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Gazetteer;
using BorderWatch.Ingestion.Language;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// An incident's agent must be able to act: a state, an organisation, an armed group, a person or a human collective.
/// A clause whose event predicate has as its subject a noun of a non-agent class (syntax.json <c>nonAgentClasses</c>:
/// animals, from WordNet's animal.n.1), directly or through a collective or quantity ("swarms of locusts", "a flock of
/// sheep"), reports no incident: "Swarms of locusts crossed the river", "the insects attacked the cotton fields".
/// A name the gazetteer knows (a state, an organisation, a person, an armed group) is always an agent.
/// </summary>
internal sealed class Animacy(ClauseSyntax syntax)
{
    internal bool NonHumanAgent(ParsedSentence parse, Clause span)
    {
        if (span.Type is null or IncidentType.Statement || span.TriggerToken < 0 || span.TriggerToken >= span.Tokens.Count) return false;
        var trigger = span.Tokens[span.TriggerToken];
        if (parse.Tokens.FirstOrDefault(t => t.Start == trigger.Start) is not { Upos: Upos.VERB } predicate) return false;
        if (SubjectOf(parse, predicate) is not { } subject) return false;
        if (span.SentenceMentions.Any(m => m.Entry.Kind != EntryKind.Place && m.Start < subject.End && subject.Start < m.End)) return false;
        // "Swarms of locusts": the head and what it is a collective or quantity of.
        var nouns = parse.Dependents(subject.Index).Where(d => d.BaseRelation == "nmod" && d.Upos == Upos.NOUN).Prepend(subject).Where(n => n.Upos == Upos.NOUN);
        return nouns.Any(NonAgent);
    }

    private bool NonAgent(ParsedToken noun)
    {
        var classes = syntax.Lexicon.Classes;
        return classes.NounLemmas(noun.Form.ToLowerInvariant()).Prepend(ClauseSyntax.Lemma(noun)).Distinct()
            .SelectMany(classes.NounClasses).Any(syntax.Words.NonAgentClasses.Contains);
    }

    /// <summary>The predicate's subject; a verb coordinated with another ("crossed the river and attacked the fields") or
    /// the complement of one ("began to attack") shares its subject.</summary>
    private static ParsedToken? SubjectOf(ParsedSentence parse, ParsedToken predicate)
    {
        for (var step = 0; step < 3; step++)
        {
            if (parse.Dependents(predicate.Index).FirstOrDefault(d => d.Relation == "nsubj") is { } subject) return subject;
            if (predicate.BaseRelation is not ("conj" or "xcomp") || predicate.Head < 0) return null;
            predicate = parse.Tokens[predicate.Head];
        }
        return null;
    }
}
