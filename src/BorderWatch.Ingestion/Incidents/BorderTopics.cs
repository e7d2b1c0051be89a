using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Recognition;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// Whether a sentence is about a topic away from borders (gas, the sea, an economic union: context.json
/// <c>nonBorderTopics</c>). A sentence that also names a border word and border security (<c>borderSecurityTopics</c>)
/// is about the border still: "talks on security along the border and on the gas pipeline".
/// </summary>
internal static class BorderTopics
{
    internal static bool AwayFromBorders(Lexicon lexicon, List<Token> sentence) =>
        lexicon.NonBorderTopics.Matches(sentence).Count > 0 &&
        !(lexicon.BorderWords.Matches(sentence).Count > 0 && lexicon.BorderSecurityTopics.Matches(sentence).Count > 0);

    /// <summary>An act of force or of guarding on the ground (a clash, a drill, a deployment, a patrol, a crossing, a
    /// capture) is a security matter whatever it protects ("a live-fire exercise near Serhetabat, practising the defence
    /// of pipeline sites"): the topic of its sentence does not take its border away; talks, agreements, statements
    /// and supplies on gas or trade stay away from borders.</summary>
    internal static bool SecurityAct(IncidentType type) =>
        type is IncidentType.ArmedClash or IncidentType.Exercise or IncidentType.Deployment
            or IncidentType.PatrolSurveillance or IncidentType.CrossBorderMovement or IncidentType.TerritorialControl;
}
