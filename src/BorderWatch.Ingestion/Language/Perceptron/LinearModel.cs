using System.Numerics;
using System.Runtime.InteropServices;

namespace BorderWatch.Ingestion.Language.Perceptron;

/// <summary>
/// A trained, read-only multi-class linear model: for each feature key the non-zero weights of the classes it votes
/// for. Thread-safe (nothing changes after loading). Stored compactly: 32-bit keys, 16-bit class numbers and
/// half-precision weights, column by column so the deflate stream around it compresses them.
/// </summary>
/// <remarks>
/// Scoring is bound by memory latency (a million features, a few dozen looked up per decision), so the table in
/// memory is laid out to touch as few cache lines as possible: one 16-byte slot per feature (open addressing) holding
/// its key and its first two (class, weight) entries, the rest of a short row in a flat array, and long rows (frequent
/// features voting for many classes) as dense rows added with SIMD instructions. Weights are 16-bit fixed point with
/// one scale for the model, summed in integers. Before probing, a first pass touches every slot a decision needs, so
/// the cache misses overlap instead of following one another.
/// </remarks>
public sealed partial class LinearModel
{
    private const int DenseFrom = 48, InlineEntries = 2, CountBits = 6, CountMask = (1 << CountBits) - 1;

    private readonly uint[] _keys;
    private readonly int[] _rowStart;
    private readonly ushort[] _classes;
    private readonly float[] _weights;

    private readonly Slot[] _slots;
    private readonly int _mask, _shift;
    private readonly uint[] _overflow;
    private readonly short[] _dense; // dense rows of _stride fixed-point weights (classes padded to whole vectors)
    private readonly int _stride;
    private readonly float _unscale;

    public int ClassCount { get; }
    public int FeatureCount => _keys.Length;
    public int WeightCount => _weights.Length;

    /// <summary>A feature's slot: its key, where the rest of its row lies, and its first two entries (class in the
    /// low 16 bits, fixed-point weight in the high 16). <see cref="E0"/> is never 0 in a used slot.</summary>
    private struct Slot
    {
        public uint Key;
        public int Rest; // >= 0: (start in _overflow << CountBits) | count; < 0: ~(dense row number)
        public uint E0, E1;
    }

    internal LinearModel(int classCount, uint[] keys, int[] rowStart, ushort[] classes, float[] weights)
    {
        ClassCount = classCount;
        _keys = keys;
        _rowStart = rowStart;
        _classes = classes;
        _weights = weights;

        var largest = 0f;
        foreach (var w in weights) largest = Math.Max(largest, Math.Abs((float)(Half)w));
        var scale = largest > 0 ? short.MaxValue / largest : 1f;
        _unscale = 1f / scale;

        // at most half full: a lookup touches one slot most of the time
        var bits = 4;
        while ((1 << bits) < keys.Length * 2) bits++;
        _mask = (1 << bits) - 1;
        _shift = 32 - bits;
        _slots = new Slot[1 << bits];
        var overflow = new List<uint>();
        _stride = (classCount + Vector<short>.Count - 1) / Vector<short>.Count * Vector<short>.Count;
        var dense = new List<short>();
        var row = new List<uint>();
        for (var i = 0; i < keys.Length; i++)
        {
            row.Clear();
            for (var e = rowStart[i]; e < rowStart[i + 1]; e++)
            {
                // from the half-precision value the file keeps, so a model scores the same before and after saving
                var q = (int)MathF.Round((float)(Half)weights[e] * scale);
                if (q != 0) row.Add(Entry(classes[e], q));
            }
            if (row.Count == 0) continue;
            var slot = new Slot { Key = keys[i], E0 = 1 };
            if (row.Count >= DenseFrom)
            {
                slot.Rest = ~(dense.Count / _stride);
                var offset = dense.Count;
                dense.AddRange(new short[_stride]);
                // a row holds each class once, so a dense weight is one 16-bit entry
                foreach (var entry in row) dense[offset + (int)(entry & 0xFFFF)] = (short)((int)entry >> 16);
            }
            else
            {
                slot.E0 = row[0];
                slot.E1 = row.Count > 1 ? row[1] : 0;
                slot.Rest = (overflow.Count << CountBits) | Math.Max(0, row.Count - InlineEntries);
                for (var e = InlineEntries; e < row.Count; e++) overflow.Add(row[e]);
            }
            var at = Home(keys[i]);
            while (_slots[at].E0 != 0) at = (at + 1) & _mask;
            _slots[at] = slot;
        }
        _overflow = [.. overflow];
        _dense = [.. dense];
    }

    // class numbers are below 2^16 and a fixed-point weight fits 16 bits; an entry of class 0 and weight 0 never exists
    private static uint Entry(int cls, int weight) => (uint)cls | ((uint)weight << 16);

    private int Home(uint key) => (int)((key * 0x9E3779B1u) >> _shift);

    /// <summary>The 32-bit key a 64-bit feature hash is stored under.</summary>
    public static uint Fold(ulong feature) => (uint)(feature ^ (feature >> 32));

    [ThreadStatic] private static uint t_sink;

    /// <summary>
    /// Reads the home slot of each feature, so that a <see cref="Score"/> of them soon after finds them in cache: a beam
    /// touches the features of all its configurations first, and their cache misses overlap.
    /// </summary>
    public void Touch(ReadOnlySpan<ulong> features)
    {
        var slots = _slots;
        uint touched = 0;
        foreach (var f in features) touched ^= slots[Home(Fold(f))].Key;
        t_sink = touched;
    }

    /// <summary>Adds each feature's class weights into <paramref name="scores"/> (cleared first).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        const int MaxStack = 256;
        Span<int> sums = _stride <= MaxStack ? stackalloc int[_stride] : new int[_stride];
        sums.Clear();
        Accumulate(features, sums);
        ToScores(sums, scores);
    }

    /// <summary>How many integer sums <see cref="Accumulate"/> needs: the classes padded to whole vectors.</summary>
    public int SumWidth => _stride;

    /// <summary>The scores of integer sums <see cref="Accumulate"/> added up.</summary>
    public void ToScores(ReadOnlySpan<int> sums, Span<float> scores)
    {
        for (var k = 0; k < ClassCount; k++) scores[k] = sums[k] * _unscale;
    }

    /// <summary>
    /// Adds each feature's class weights, in fixed point, to <paramref name="sums"/> (<see cref="SumWidth"/> long; not
    /// cleared): sums of disjoint feature sets add up to the sum of their union, exactly, so a part shared by several
    /// decisions can be summed once.
    /// </summary>
    public void Accumulate(ReadOnlySpan<ulong> features, Span<int> sums)
    {
        if (sums.Length < _stride) throw new ArgumentException($"{sums.Length} sums for {_stride}", nameof(sums));
        const int MaxStack = 256;
        Span<int> found = features.Length <= MaxStack ? stackalloc int[features.Length] : new int[features.Length];
        Span<int> denseRows = features.Length <= MaxStack ? stackalloc int[features.Length] : new int[features.Length];
        var slots = _slots;
        var overflow = _overflow;
        // three passes, so that the cache misses of one pass overlap instead of following one another: touch every
        // home slot; find each feature's slot and touch the rest of its row; add the rows up
        uint touched = 0;
        for (var i = 0; i < features.Length; i++)
        {
            var at = found[i] = Home(Fold(features[i]));
            touched ^= slots[at].Key;
        }
        int rows = 0, dense = 0;
        for (var i = 0; i < features.Length; i++)
        {
            var key = Fold(features[i]);
            var at = found[i];
            while (slots[at].E0 != 0 && slots[at].Key != key) at = (at + 1) & _mask;
            ref readonly var slot = ref slots[at];
            if (slot.E0 == 0) continue;
            if (slot.Rest < 0)
            {
                var offset = denseRows[dense++] = ~slot.Rest * _stride;
                touched ^= (uint)_dense[offset];
                continue;
            }
            found[rows++] = at;
            if ((slot.Rest & CountMask) != 0) touched ^= overflow[slot.Rest >> CountBits];
        }
        t_sink = touched;
        for (var i = 0; i < rows; i++)
        {
            ref readonly var slot = ref slots[found[i]];
            sums[(int)(slot.E0 & 0xFFFF)] += (int)slot.E0 >> 16;
            if (slot.E1 == 0) continue;
            sums[(int)(slot.E1 & 0xFFFF)] += (int)slot.E1 >> 16;
            var count = slot.Rest & CountMask;
            if (count == 0) continue;
            foreach (var entry in overflow.AsSpan(slot.Rest >> CountBits, count)) sums[(int)(entry & 0xFFFF)] += (int)entry >> 16;
        }
        if (dense > 0) AddDense(sums, denseRows[..dense]);
    }

    /// <summary>
    /// Adds the dense rows a vector of classes at a time: the running sums of a vector stay in registers while every
    /// row's 16-bit weights are widened and added, so each row costs one load per vector and the sums are stored once.
    /// </summary>
    private void AddDense(Span<int> sums, ReadOnlySpan<int> rowOffsets)
    {
        ref var weights = ref MemoryMarshal.GetArrayDataReference(_dense);
        ref var total = ref MemoryMarshal.GetReference(sums);
        var half = Vector<int>.Count;
        for (var k = 0; k < _stride; k += Vector<short>.Count)
        {
            var low = Vector<int>.Zero;
            var high = Vector<int>.Zero;
            foreach (var row in rowOffsets)
            {
                Vector.Widen(Vector.LoadUnsafe(ref weights, (nuint)(row + k)), out var a, out var b);
                low += a;
                high += b;
            }
            (Vector.LoadUnsafe(ref total, (nuint)k) + low).StoreUnsafe(ref total, (nuint)k);
            (Vector.LoadUnsafe(ref total, (nuint)(k + half)) + high).StoreUnsafe(ref total, (nuint)(k + half));
        }
    }
}
