using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Language;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// A patrol struck by a weapon is the clash, not a patrol (issue 8, para45; words in <c>Lexicon/fight-frames.json</c>):
/// "Buckshot riddled a Kazakh patrol car", "A roadside charge tore through an Uzbek foot patrol". A clause typed
/// patrol-surveillance whose patrol noun (or the noun it modifies, "patrol car") is the object or an oblique of a verb whose
/// subject is a weapon or a projectile (WordNet noun classes) becomes an armed clash. A patrol that fires ("the patrol
/// fired on the smugglers") is a clash through the attack verb already; a patrol that carries weapons ("a patrol with
/// rifles walked the ridge") is untouched (the weapon is no subject).
/// </summary>
internal sealed class StruckPatrols(ClauseSyntax syntax, FightFrameLexicon words)
{
    internal void Apply(ParsedSentence parse, List<Clause> spans)
    {
        foreach (var span in spans.Where(s => s.Type == IncidentType.PatrolSurveillance && !s.Denial))
        {
            if (ParsedClauseRules.TriggerIn(parse, span) is not { } trigger || !Struck(parse, trigger)) continue;
            span.Type = IncidentType.ArmedClash;
            span.WeakTrigger = false;
        }
    }

    private bool Struck(ParsedSentence parse, ParsedToken trigger)
    {
        if (trigger.Upos != Upos.NOUN) return false;
        // The patrol noun, or the noun it modifies ("patrol car"), whichever the trigger is.
        ParsedToken phrase;
        if (Patrol(trigger)) phrase = trigger.BaseRelation == "compound" && trigger.Head >= 0 ? parse.Tokens[trigger.Head] : trigger;
        else if (parse.Dependents(trigger.Index).Any(d => d.BaseRelation == "compound" && Patrol(d))) phrase = trigger;
        else return false;
        if (phrase.BaseRelation is not ("obj" or "obl") || phrase.Head < 0) return false;
        var verb = parse.Tokens[phrase.Head];
        if (verb.Upos != Upos.VERB) return false;
        // Its subject, or the noun the parser hung the verb on ("Buckshot ... riddled a car" read with "riddled" as an acl of "Buckshot"; a finite past only, not "rifles stolen from a patrol car").
        var subjects = parse.Dependents(verb.Index).Where(d => d.Relation == "nsubj").ToList();
        if (verb.Relation == "acl" && verb.Head >= 0 && verb.Xpos == "VBD") subjects.Add(parse.Tokens[verb.Head]);
        return subjects.Any(d => d.Upos is Upos.NOUN or Upos.PROPN && (words.WeaponNouns.Contains(ClauseSyntax.Lemma(d)) || syntax.NounClasses(parse, d).Any(words.WeaponClasses.Contains)));
    }

    private bool Patrol(ParsedToken t) => t.Upos == Upos.NOUN && words.PatrolNouns.Contains(ClauseSyntax.Lemma(t));
}
