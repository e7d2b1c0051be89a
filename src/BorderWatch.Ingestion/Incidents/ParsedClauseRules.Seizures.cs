using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Recognition;
using static BorderWatch.Ingestion.Incidents.ClauseText;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>A find or a stop of goods at a border or a crossing, typed by its verb as a patrol or a takeover (recall33).</summary>
internal sealed partial class ParsedClauseRules
{
    /// <summary>
    /// "officers at the Karasuu checkpoint stopped a minibus carrying undeclared cigarettes", "guards seized a lorry with
    /// contraband fuel at the checkpoint": the verb alone reads a check (a patrol) or a place taken; with goods moved in
    /// secret or against the rules as its theme (scene-frames.json "seizures") it is a smuggling attempt stopped at the
    /// border, which SCHEMA.md types cross-border-movement. Only the clause that holds the verb is retyped.
    /// </summary>
    internal void RetypeSeizures(ParsedSentence parse, Sentence sentence, List<Token> allTokens, IReadOnlyList<EntityMention> allMentions, List<Clause> spans)
    {
        static bool Retypable(Clause c) => c.Type is IncidentType.PatrolSurveillance or IncidentType.TerritorialControl && !c.Denial;
        if (!spans.Any(Retypable)) return;
        if (scenes.Seizure(parse, Slice(allTokens, sentence.Start, sentence.End), MentionsIn(allMentions, sentence.Start, sentence.End)) is not { } seizure) return;
        foreach (var span in spans.Where(c => Retypable(c) && c.Start <= seizure.Head.Start && seizure.Head.Start < c.End))
        {
            span.Type = IncidentType.CrossBorderMovement;
            span.WeakTrigger = false;
            if (span.Tokens.FindIndex(t => t.Start == seizure.Head.Start) is var at and >= 0) span.TriggerToken = at;
        }
    }
}
