using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// A denied act told again under its denial (precision29): "Kyrgyz and Tajik guards traded fire at the canal on Monday.
/// ... Dushanbe denied that its soldiers had shot at the Kyrgyz post.": the sentence's denial is a statement of its own,
/// and the act it says did not happen is the act the document has already recorded, not a second one. (Where the
/// document records no act of that type, or the denied act has a place of its own, it stays: the claim recorded once, denied.)
/// </summary>
internal sealed partial class SameEvent
{
    /// <param name="span">The clause, after its denial in the sentence.</param>
    /// <param name="incident">The clause's incident, its border filled in.</param>
    /// <param name="sentence">The clauses and incidents of the clause's sentence.</param>
    /// <param name="before">The document's incidents so far.</param>
    internal static bool DeniedRetelling(Clause span, ExtractedIncident incident, IEnumerable<(Clause Clause, ExtractedIncident Incident)> sentence,
        IReadOnlyList<ExtractedIncident> before) =>
        incident is { Status: IncidentStatus.Denied } && incident.Type != IncidentType.Statement &&
        // (What the denial says did not happen comes after it: "denied that its soldiers had shot"; a clause before it is
        // another act of the sentence.)
        sentence.FirstOrDefault(x => x.Incident is { Type: IncidentType.Statement, Status: IncidentStatus.Denied } && x.Clause.Start < span.Start) is
            { Incident: { } denial } &&
        // ("Tashkent on Thursday denied its soldiers had shelled villages last month": a time of its own, not its denial's, apart
        // from the act on record makes it another act, mend29; "Separately, Kabul denied reports that its fighters had fired on
        // posts near another village": a place of its own makes it another act.)
        before.Any(r => EventIdentity.Same(r, Telling.Of(incident, [], incident.Date != denial.Date ? incident.Date : PartialDate.Unknown), SameEventRule.DeniedAct));
}
