using Microsoft.AspNetCore.Identity;

namespace BorderWatch.Core.Domain;

/// <summary>
/// Someone who signs in to BorderWatch: a reader, an analyst or an administrator (<see cref="AccessRole"/>; exactly
/// one role each). Passwords, lockout and the security stamp are ASP.NET Core Identity's; the store keeps them in the
/// <c>AspNetUsers</c> table next to the incidents.
/// </summary>
public class BorderWatchUser : IdentityUser
{
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>
/// A personal API token: lets scripts call the write API as its owner (<c>Authorization: Bearer …</c>). Only the
/// SHA-256 of the token is stored, with a short visible prefix so the owner can tell tokens apart; the token itself is
/// shown once, when it is created. A revoked token stays listed (with when) and no longer signs anything in.
/// </summary>
public class ApiToken
{
    public int Id { get; set; }
    public string UserId { get; set; } = "";
    public string Name { get; set; } = "";
    /// <summary>The token's first characters, e.g. <c>bw_k3J9xQ</c>: enough to recognise it, far too few to use it.</summary>
    public string Prefix { get; set; } = "";
    /// <summary>Lower-case hex SHA-256 of the whole token.</summary>
    public string Hash { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }

    public bool IsRevoked => RevokedAt is not null;
}

/// <summary>What a signed-in person may do; each level includes the ones before it.</summary>
public enum AccessRole
{
    /// <summary>Reads everything (useful when reading needs sign-in).</summary>
    Reader,
    /// <summary>Also ingests, reviews, reprocesses and edits.</summary>
    Analyst,
    /// <summary>Also manages users.</summary>
    Admin,
}

public static class AccessRoles
{
    /// <summary>The Identity role name of <paramref name="role"/>: reader, analyst, admin.</summary>
    public static string RoleName(this AccessRole role) => role switch
    {
        AccessRole.Reader => "reader",
        AccessRole.Analyst => "analyst",
        AccessRole.Admin => "admin",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    public static bool TryParse(string? text, out AccessRole role)
    {
        foreach (var r in Enum.GetValues<AccessRole>())
        {
            if (string.Equals(r.RoleName(), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                role = r;
                return true;
            }
        }
        role = default;
        return false;
    }

    /// <summary>"reader, analyst, admin", for messages.</summary>
    public static string Names => string.Join(", ", Enum.GetValues<AccessRole>().Select(r => r.RoleName()));
}
