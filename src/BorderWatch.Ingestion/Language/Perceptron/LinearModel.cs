namespace BorderWatch.Ingestion.Language.Perceptron;

/// <summary>
/// A trained, read-only multi-class linear model: for each feature key the non-zero weights of the classes it votes
/// for. Thread-safe (nothing changes after loading). Stored compactly: 32-bit keys, 16-bit class numbers and
/// half-precision weights, column by column so the deflate stream around it compresses them.
/// </summary>
public sealed class LinearModel
{
    private readonly Dictionary<uint, int> _rows;
    private readonly int[] _rowStart;
    private readonly ushort[] _classes;
    private readonly float[] _weights;

    public int ClassCount { get; }
    public int FeatureCount => _rows.Count;
    public int WeightCount => _weights.Length;

    internal LinearModel(int classCount, uint[] keys, int[] rowStart, ushort[] classes, float[] weights)
    {
        ClassCount = classCount;
        _rowStart = rowStart;
        _classes = classes;
        _weights = weights;
        _rows = new Dictionary<uint, int>(keys.Length);
        for (var i = 0; i < keys.Length; i++) _rows.Add(keys[i], i);
        _keys = keys;
    }

    private readonly uint[] _keys;

    /// <summary>The 32-bit key a 64-bit feature hash is stored under.</summary>
    public static uint Fold(ulong feature) => (uint)(feature ^ (feature >> 32));

    /// <summary>Adds each feature's class weights into <paramref name="scores"/> (cleared first).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        foreach (var f in features)
        {
            if (!_rows.TryGetValue(Fold(f), out var row)) continue;
            for (int e = _rowStart[row], end = _rowStart[row + 1]; e < end; e++) scores[_classes[e]] += _weights[e];
        }
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
