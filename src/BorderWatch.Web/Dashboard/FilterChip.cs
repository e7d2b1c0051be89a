namespace BorderWatch.Web.Dashboard;

/// <summary>
/// One filter in force, shown as a chip that removes it: <see cref="Text"/> is what the chip shows ("CSTO",
/// "Country: TKM"), <see cref="RemoveLabel"/> what a screen reader announces for it ("Remove actor CSTO"), and
/// <see cref="Without"/> the list's URL once it is gone. <see cref="Key"/> tells chips apart across renders.
/// </summary>
public sealed record FilterChip(string Key, string Text, string RemoveLabel, IncidentListUrl Without);
