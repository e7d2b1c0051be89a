using System.Data;
using System.Data.Common;
using static BorderWatch.Ingestion.Storing.PreparedCommand;

namespace BorderWatch.Ingestion.Duplicates;

/// <summary>
/// The near-copy rule, the one definition, used by the batch writer (prepared once per writer, reused for every article)
/// on SQLite and PostgreSQL:
/// the candidates of a new text are the originals among the newest <see cref="BandCandidates"/> articles sharing each of
/// its band values (<see cref="ShingleBands"/>); of those whose SimHash is within
/// <see cref="NearDuplicates.CandidateDistance"/>, the <see cref="MaxConfirmed"/> nearest (by distance, then id) are
/// compared in turn, and the first whose word-shingle Jaccard reaches <see cref="NearDuplicates.SameStoryThreshold"/>
/// is the original (shingles compared by their hashes as each original's <c>ArticleShingles</c> row stores them,
/// <see cref="ShingleHashes.Narrow"/>: no candidate's text is read unless it was stored before that table). The band ids come from the covering index alone; the SimHashes of candidates not met before are
/// read <see cref="IdsPerRead"/> at a time and kept (<see cref="KnownSimHashes"/>).
/// </summary>
internal sealed class NearCopyLookup : IDisposable
{
    /// <summary>Candidates compared in full (their stored shingle hashes read), nearest SimHash first.</summary>
    public const int MaxConfirmed = 5;

    /// <summary>
    /// Per band value, only the newest this many originals sharing it are candidates, so the lookup's cost stays flat
    /// however many stored articles share a value (a story republished with edits, or a batch that repeats its texts).
    /// A true near-copy is still found: it shares several of the 20 bands with its original, and missing the original
    /// needs this many newer originals sharing each of those bands, i.e. the same story stored this many times over,
    /// and then the new text is usually near one of those newer ones and links to it instead. Measured on
    /// storage-flat 40k (docs/history/early.md, flat16): 16 finds as many near-copies as the unbounded lookup (8,014 vs 8,011);
    /// 4 misses 37 of them.
    /// </summary>
    public const int BandCandidates = 16;

    /// <summary>Ids bound per read of candidates' SimHashes (the last read padded with a repeated id).</summary>
    public const int IdsPerRead = 32;

    /// <summary>
    /// The ids of the newest <see cref="BandCandidates"/> articles sharing each band value (parameters <c>@b0</c> to
    /// <c>@b19</c>): each band value a seek on the covering index IX_ArticleBands_Value_ArticleId, read backwards.
    /// </summary>
    internal static readonly string BandIdsSql = string.Join(" UNION ", Enumerable.Range(0, ShingleBands.Count).Select(n => $"""
        SELECT "ArticleId" FROM (SELECT "ArticleId" FROM "ArticleBands" WHERE "Value" = @b{n} ORDER BY "ArticleId" DESC LIMIT {BandCandidates}) b{n}
        """));

    private readonly DbCommand _bandIds;
    private readonly DbCommand _simHashes;
    private readonly DbCommand _cleanedText;
    private readonly DbCommand _storedHashes;

    /// <summary>Candidates confirmed from their stored hashes, and from their text (no stored hashes), since this lookup began.</summary>
    public (int FromHashes, int FromTexts) Confirmed;

    public KnownSimHashes Known { get; }

    public NearCopyLookup(DbConnection connection, KnownSimHashes? known = null)
    {
        Known = known ?? new KnownSimHashes();
        _bandIds = Command(connection, BandIdsSql, [.. Enumerable.Range(0, ShingleBands.Count).Select(n => ("@b" + n, DbType.Int64))]);
        var ids = Enumerable.Range(0, IdsPerRead).Select(n => ("@i" + n, DbType.Int32)).ToArray();
        _simHashes = Command(connection, $"""
            SELECT "Id", "SimHash" FROM "Articles" WHERE "Id" IN ({string.Join(", ", ids.Select(i => i.Item1))}) AND "DuplicateOfId" IS NULL
            """, ids);
        _cleanedText = Command(connection, """SELECT "CleanedText" FROM "Articles" WHERE "Id" = @id""", ("@id", DbType.Int32));
        _storedHashes = Command(connection, """SELECT "Hashes" FROM "ArticleShingles" WHERE "ArticleId" = @id""", ("@id", DbType.Int32));
    }

    /// <summary>The stored original this text is a near-copy of, or null.</summary>
    public async Task<int?> FindAsync(ShinglePrint print, DbTransaction? tx, CancellationToken ct)
    {
        if (print.Bands.Count == 0) return null;
        var candidates = new List<(int Id, int Distance)>();
        foreach (var (id, simHash) in await SimHashesAsync(await BandIdsAsync(print, tx, ct), tx, ct))
        {
            var distance = NearDuplicates.Distance(simHash, print.SimHash);
            if (distance <= NearDuplicates.CandidateDistance) candidates.Add((id, distance));
        }
        foreach (var (id, _) in candidates.OrderBy(c => c.Distance).ThenBy(c => c.Id).Take(MaxConfirmed))
            if (ShingleHashes.Jaccard(print.Narrow, await StoredHashesAsync(id, tx, ct)) >= NearDuplicates.SameStoryThreshold) return id;
        return null;
    }

    /// <summary>
    /// A candidate's shingle hashes as stored with it (<c>ArticleShingles</c>); for an original stored before that
    /// table (no row), made again from its cleaned text.
    /// </summary>
    private async Task<uint[]> StoredHashesAsync(int id, DbTransaction? tx, CancellationToken ct)
    {
        _storedHashes.Parameters[0].Value = id;
        _storedHashes.Transaction = tx;
        if (await _storedHashes.ExecuteScalarAsync(ct) is byte[] packed)
        {
            Confirmed.FromHashes++;
            return ShingleHashes.Unpack(packed);
        }
        _cleanedText.Parameters[0].Value = id;
        _cleanedText.Transaction = tx;
        var text = (string)(await _cleanedText.ExecuteScalarAsync(ct))!;
        Confirmed.FromTexts++;
        return ShingleHashes.Narrow(ShingleHashes.Of(text));
    }

    private async Task<List<int>> BandIdsAsync(ShinglePrint print, DbTransaction? tx, CancellationToken ct)
    {
        for (var n = 0; n < ShingleBands.Count; n++) _bandIds.Parameters[n].Value = print.Bands[Math.Min(n, print.Bands.Count - 1)];
        _bandIds.Transaction = tx;
        var ids = new List<int>();
        await using var reader = await _bandIds.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) ids.Add(reader.GetInt32(0));
        return ids;
    }

    /// <summary>The candidates among <paramref name="ids"/> (originals with a SimHash), known ones without a read.</summary>
    private async Task<List<(int Id, long SimHash)>> SimHashesAsync(List<int> ids, DbTransaction? tx, CancellationToken ct)
    {
        var found = new List<(int, long)>(ids.Count);
        var unknown = new List<int>();
        foreach (var id in ids)
        {
            if (!Known.TryGet(id, out var simHash)) unknown.Add(id);
            else if (simHash is long known) found.Add((id, known));
        }
        _simHashes.Transaction = tx;
        foreach (var chunk in unknown.Chunk(IdsPerRead))
        {
            for (var n = 0; n < IdsPerRead; n++) _simHashes.Parameters[n].Value = chunk[Math.Min(n, chunk.Length - 1)];
            await using var reader = await _simHashes.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var id = reader.GetInt32(0);
                long? simHash = reader.IsDBNull(1) ? null : reader.GetInt64(1);
                Known.Remember(id, simHash);
                if (simHash is long read) found.Add((id, read));
            }
        }
        return found;
    }

    public void Dispose()
    {
        _bandIds.Dispose();
        _simHashes.Dispose();
        _cleanedText.Dispose();
        _storedHashes.Dispose();
    }
}
