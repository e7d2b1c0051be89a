namespace BorderWatch.Web.Api;

/// <summary>Helpers for the API's parameter checks.</summary>
internal static class ApiValues
{
    /// <summary>The highest page number accepted (beyond it no listing has items, and offsets would overflow).</summary>
    public const int MaxPage = 1_000_000;

    /// <summary>A client's value as quoted back in an error: at most 100 characters, control characters removed.</summary>
    public static string Shown(string value)
    {
        var clean = new string(value.Where(c => !char.IsControl(c)).Take(101).ToArray());
        return clean.Length > 100 ? clean[..100] + "…" : clean;
    }
}
