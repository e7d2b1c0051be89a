namespace BorderWatch.Web.Access;

/// <summary>Who may read, and how hard sign-in and ingest may be hammered. Bound from "BorderWatch:Access".</summary>
public sealed class AccessOptions
{
    public const string Section = "BorderWatch:Access";

    /// <summary>When true, every page and read API needs a signed-in account (any role). Off by default: reading is open.</summary>
    public bool ReadRequiresSignIn { get; set; }

    /// <summary>Sign-in attempts (form posts) per client address per minute before 429.</summary>
    public int SignInPermitsPerMinute { get; set; } = 10;

    /// <summary>Password-change form posts per account per minute before 429 (guessing the current password from a stolen session).</summary>
    public int PasswordChangePermitsPerMinute { get; set; } = 5;

    /// <summary>Ingest API calls per account (or client address) per minute before 429.</summary>
    public int IngestPermitsPerMinute { get; set; } = 30;

    /// <summary>
    /// Where the data-protection keys (which sign the sign-in cookies and antiforgery tokens) are kept. Empty: a
    /// <c>keys</c> folder next to the SQLite store, or the local application data folder for PostgreSQL.
    /// </summary>
    public string? KeysFolder { get; set; }
}
