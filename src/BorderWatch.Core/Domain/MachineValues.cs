namespace BorderWatch.Core.Domain;

/// <summary>
/// The machine's own values of the fields an analyst corrected on an incident, kept when the incident's counted
/// columns (type, status, border, place, date, actor links) are set to the reviewed values (ADR 0011). One row per
/// corrected incident, written by <c>Review.ReviewedColumns</c> only; re-extraction writes the fresh machine values
/// here instead of over the analyst's. No foreign keys to borders and places: it is a record of what the machine said.
/// </summary>
public sealed class MachineValues
{
    public int IncidentId { get; set; }
    public IncidentType Type { get; set; }
    public IncidentStatus Status { get; set; }
    public int? BorderSegmentId { get; set; }
    public int? PlaceId { get; set; }
    public int? DateYear { get; set; }
    public int? DateMonth { get; set; }
    public int? DateDay { get; set; }
    public DatePrecision DatePrecision { get; set; }
    public bool DateInferred { get; set; }
    public string? DateNote { get; set; }
    /// <summary>The machine's actor links as JSON: <c>[{"ActorId":3,"Role":"Initiator"}, …]</c>.</summary>
    public required string ActorsJson { get; set; }

    public PartialDate Date => new(DateYear, DateMonth, DateDay);
}
