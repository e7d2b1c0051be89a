namespace BorderWatch.Ingestion.Duplicates;

/// <summary>
/// The SimHashes of stored originals a near-copy lookup has already read or written, so a candidate met again is not read
/// again: its row sits past the article's raw and cleaned texts, and reading the SimHash of a candidate walked those
/// texts' overflow pages, a cost that grew with the candidates of a growing store. A stored article's SimHash and its
/// being an original never change (articles are neither updated there nor deleted), so what was committed stays true;
/// what the open transaction wrote or read is kept aside (<see cref="Remember"/>) and joins the rest only when that
/// transaction commits (<see cref="Committed"/>): a rolled-back article's id may be given to another text. Null: the
/// article is no candidate (a stored article without a SimHash). At most <see cref="Capacity"/> are kept, the oldest
/// met forgotten first, so memory stays bounded however long the batch.
/// </summary>
internal sealed class KnownSimHashes(int capacity = KnownSimHashes.Capacity)
{
    /// <summary>Originals kept (about 7 MB at most): 16 candidates per band value reach back far less on any store.</summary>
    public const int Capacity = 1 << 18;

    private readonly Dictionary<int, long?> _committed = [];
    private readonly Queue<int> _order = new();
    private readonly Dictionary<int, long?> _open = [];

    public bool TryGet(int id, out long? simHash) => _open.TryGetValue(id, out simHash) || _committed.TryGetValue(id, out simHash);

    /// <summary>An article written or read in the open transaction.</summary>
    public void Remember(int id, long? simHash) => _open[id] = simHash;

    /// <summary>The open transaction committed: what it wrote or read is known from now on.</summary>
    public void Committed()
    {
        foreach (var (id, simHash) in _open)
        {
            if (!_committed.TryAdd(id, simHash)) continue;
            _order.Enqueue(id);
            if (_order.Count > capacity) _committed.Remove(_order.Dequeue());
        }
        _open.Clear();
    }

    /// <summary>A new transaction begins (the last one committed or not): what an uncommitted one wrote is forgotten.</summary>
    public void Begin() => _open.Clear();

    public int Count => _committed.Count;
}
