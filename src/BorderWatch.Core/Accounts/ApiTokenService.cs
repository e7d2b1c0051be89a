using System.Security.Cryptography;
using System.Text;
using BorderWatch.Core.Domain;
using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Core.Accounts;

/// <summary>A token just created: <see cref="Token"/> is shown to its owner once and exists nowhere else.</summary>
public sealed record CreatedApiToken(ApiToken Row, string Token);

/// <summary>
/// Personal API tokens: <c>bw_</c> followed by 43 URL-safe characters (256 random bits). The store keeps the SHA-256
/// of the token and its first <see cref="PrefixLength"/> characters; a presented token is hashed and looked up.
/// Creating and revoking are audited (the token's id and name, never the token, its prefix or its hash).
/// </summary>
public sealed class ApiTokenService(BorderWatchDbContext db, AccountAuditTrail audit, TimeProvider? clock = null)
{
    public const string TokenStart = "bw_";
    public const int PrefixLength = 10;
    public const int MaxPerUser = 20;

    /// <summary>How stale "last used" may get before a use writes it again (keeps busy scripts from writing on every call).</summary>
    public static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    private readonly TimeProvider clock = clock ?? TimeProvider.System;

    public async Task<CreatedApiToken> CreateAsync(string userId, string name, CancellationToken ct = default)
    {
        name = (name ?? "").Trim();
        if (name.Length is 0 or > 100) throw new AccountRefusedException("name: a token needs a name of 1 to 100 characters");
        if (await db.ApiTokens.CountAsync(t => t.UserId == userId && t.RevokedAt == null, ct) >= MaxPerUser)
            throw new AccountRefusedException($"tokens: at most {MaxPerUser} active tokens per account; revoke one first");
        var owner = await OwnerAsync(userId, ct);
        var token = TokenStart + Base64Url(RandomNumberGenerator.GetBytes(32));
        var row = new ApiToken { UserId = userId, Name = name, Prefix = token[..PrefixLength], Hash = Hash(token), CreatedAt = clock.GetUtcNow() };
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.ApiTokens.Add(row);
        await db.SaveChangesAsync(ct);
        audit.Record(AuditAction.TokenCreate, owner, null, new TokenSnapshot(row.Id, row.Name, "active"), null);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new CreatedApiToken(row, token);
    }

    public async Task<IReadOnlyList<ApiToken>> ListAsync(string userId, CancellationToken ct = default)
    {
        var rows = await db.ApiTokens.AsNoTracking().Where(t => t.UserId == userId).ToListAsync(ct);
        return rows.OrderBy(t => t.RevokedAt is not null).ThenByDescending(t => t.CreatedAt).ToList();
    }

    /// <summary>Revokes one of <paramref name="userId"/>'s tokens; false when it has no such active token.</summary>
    public async Task<bool> RevokeAsync(string userId, int tokenId, string? reason = null, CancellationToken ct = default)
    {
        var row = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == tokenId && t.UserId == userId && t.RevokedAt == null, ct);
        if (row is null) return false;
        var owner = await OwnerAsync(userId, ct);
        row.RevokedAt = clock.GetUtcNow();
        audit.Record(AuditAction.TokenRevoke, owner, new TokenSnapshot(row.Id, row.Name, "active"), new TokenSnapshot(row.Id, row.Name, "revoked"), reason);
        await db.SaveChangesAsync(ct);   // the revocation and its audit entry in one save
        return true;
    }

    private async Task<string> OwnerAsync(string userId, CancellationToken ct) =>
        await db.Users.Where(u => u.Id == userId).Select(u => u.UserName).FirstOrDefaultAsync(ct)
        ?? throw new AccountRefusedException("account: there is no such account");

    /// <summary>The active token <paramref name="presented"/> is, and its owner; null for anything else.</summary>
    public async Task<(ApiToken Token, BorderWatchUser User)?> FindActiveAsync(string? presented, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(presented) || !presented.StartsWith(TokenStart, StringComparison.Ordinal) || presented.Length > 100) return null;
        var hash = Hash(presented);
        var found = await (from t in db.ApiTokens
                           join u in db.Users on t.UserId equals u.Id
                           where t.Hash == hash && t.RevokedAt == null
                           select new { Token = t, User = u }).FirstOrDefaultAsync(ct);
        if (found is null) return null;
        var now = clock.GetUtcNow();
        if (found.Token.LastUsedAt is null || now - found.Token.LastUsedAt > LastUsedResolution)
        {
            found.Token.LastUsedAt = now;
            await db.SaveChangesAsync(ct);
        }
        return (found.Token, found.User);
    }

    /// <summary>Lower-case hex SHA-256 of the token's UTF-8 bytes: what the store keeps.</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
