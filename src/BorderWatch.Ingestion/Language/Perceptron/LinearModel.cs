namespace BorderWatch.Ingestion.Language.Perceptron;

/// <summary>
/// A trained, read-only multi-class linear model: for each feature key the non-zero weights of the classes it votes
/// for. Thread-safe (nothing changes after loading). Stored compactly: 32-bit keys, 16-bit class numbers and
/// half-precision weights, column by column so the deflate stream around it compresses them.
/// </summary>
public sealed class LinearModel
{
    private readonly Slot[] _slots;
    private readonly int _mask, _shift;
    private readonly Entry[] _entries;
    private readonly int[] _rowStart;
    private readonly ushort[] _classes;
    private readonly float[] _weights;

    public int ClassCount { get; }
    public int FeatureCount => _keys.Length;
    public int WeightCount => _weights.Length;

    internal LinearModel(int classCount, uint[] keys, int[] rowStart, ushort[] classes, float[] weights)
    {
        ClassCount = classCount;
        _rowStart = rowStart;
        _classes = classes;
        _weights = weights;
        _keys = keys;
        // open addressing, linear probing, at most half full: a lookup touches one slot most of the time, and the
        // slot says where the feature's (class, weight) entries lie
        var bits = 4;
        while ((1 << bits) < keys.Length * 2) bits++;
        var size = 1 << bits;
        _mask = size - 1;
        _shift = 32 - bits;
        _slots = new Slot[size];
        for (var i = 0; i < keys.Length; i++)
        {
            var at = Home(keys[i]);
            while (_slots[at].End != 0) at = (at + 1) & _mask;
            _slots[at] = new Slot(keys[i], rowStart[i], rowStart[i + 1] + 1);
        }
        _entries = new Entry[weights.Length];
        for (var e = 0; e < weights.Length; e++) _entries[e] = new Entry(weights[e], classes[e]);

        // features voting for many classes (the frequent ones) get a dense row added with SIMD instructions
        var dense = new List<float>();
        for (var at = 0; at < size; at++)
        {
            var slot = _slots[at];
            if (slot.End - 1 - slot.Start < DenseFrom) continue;
            var offset = dense.Count;
            dense.AddRange(new float[classCount]);
            for (var e = slot.Start; e < slot.End - 1; e++) dense[offset + classes[e]] += weights[e];
            _slots[at] = new Slot(slot.Key, -(offset + 1), 1);
        }
        _dense = [.. dense];
    }

    private const int DenseFrom = 12;
    private readonly float[] _dense;

    private readonly record struct Slot(uint Key, int Start, int End);
    private readonly record struct Entry(float Weight, int Class);

    private int Home(uint key) => (int)((key * 0x9E3779B1u) >> _shift);

    private readonly uint[] _keys;

    /// <summary>The 32-bit key a 64-bit feature hash is stored under.</summary>
    public static uint Fold(ulong feature) => (uint)(feature ^ (feature >> 32));

    /// <summary>Adds each feature's class weights into <paramref name="scores"/> (cleared first).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        var slots = _slots;
        var entries = _entries;
        foreach (var f in features)
        {
            var key = Fold(f);
            var at = Home(key);
            // End is stored plus one, so an empty slot (all zero) is never a match
            while (slots[at].End != 0 && slots[at].Key != key) at = (at + 1) & _mask;
            var slot = slots[at];
            if (slot.Start < 0)
            {
                AddDense(scores, _dense.AsSpan(-slot.Start - 1, ClassCount));
                continue;
            }
            for (int e = slot.Start, end = slot.End - 1; e < end; e++)
            {
                var entry = entries[e];
                scores[entry.Class] += entry.Weight;
            }
        }
    }

    private static void AddDense(Span<float> scores, ReadOnlySpan<float> row)
    {
        var k = 0;
        var width = System.Numerics.Vector<float>.Count;
        for (; k <= row.Length - width; k += width)
            (new System.Numerics.Vector<float>(scores[k..]) + new System.Numerics.Vector<float>(row[k..])).CopyTo(scores[k..]);
        for (; k < row.Length; k++) scores[k] += row[k];
    }

    public void Write(BinaryWriter w)
    {
        w.Write(ClassCount);
        w.Write(_keys.Length);
        foreach (var k in _keys) w.Write(k);
        for (var i = 0; i < _keys.Length; i++) w.Write7BitEncodedInt(_rowStart[i + 1] - _rowStart[i]);
        foreach (var c in _classes) w.Write(c);
        foreach (var x in _weights) w.Write((Half)x);
    }

    public static LinearModel Read(BinaryReader r)
    {
        var classCount = r.ReadInt32();
        var rows = r.ReadInt32();
        if (classCount <= 0 || rows < 0) throw new InvalidDataException("linear model: bad header");
        var keys = new uint[rows];
        for (var i = 0; i < rows; i++) keys[i] = r.ReadUInt32();
        var rowStart = new int[rows + 1];
        for (var i = 0; i < rows; i++) rowStart[i + 1] = rowStart[i] + r.Read7BitEncodedInt();
        var n = rowStart[rows];
        var classes = new ushort[n];
        for (var i = 0; i < n; i++)
        {
            classes[i] = r.ReadUInt16();
            if (classes[i] >= classCount) throw new InvalidDataException($"linear model: class {classes[i]} out of range");
        }
        var weights = new float[n];
        for (var i = 0; i < n; i++) weights[i] = (float)r.ReadHalf();
        return new LinearModel(classCount, keys, rowStart, classes, weights);
    }
}
