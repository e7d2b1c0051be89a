namespace BorderWatch.Ingestion.Language.Perceptron;

/// <summary>The model's stored rows (each feature key's classes and weights, as the file keeps them): reading and writing
/// them, and the models made from them (pruned, averaged). The scoring table is built from the rows by the constructor.</summary>
public sealed partial class LinearModel
{
    /// <summary>The same model without the weights whose magnitude is below <paramref name="below"/>.</summary>
    public LinearModel Pruned(float below)
    {
        var keys = new List<uint>();
        var rowStart = new List<int> { 0 };
        var classes = new List<ushort>();
        var weights = new List<float>();
        for (var i = 0; i < _keys.Length; i++)
        {
            for (var e = _rowStart[i]; e < _rowStart[i + 1]; e++)
            {
                if (Math.Abs(_weights[e]) < below) continue;
                classes.Add(_classes[e]);
                weights.Add(_weights[e]);
            }
            if (classes.Count == rowStart[^1]) continue;
            keys.Add(_keys[i]);
            rowStart.Add(classes.Count);
        }
        return new LinearModel(ClassCount, [.. keys], [.. rowStart], [.. classes], [.. weights]);
    }

    /// <summary>Every (key, class, weight) entry, in key order: to average several models into one.</summary>
    internal IEnumerable<(uint Key, ushort Class, float Weight)> Entries()
    {
        for (var i = 0; i < _keys.Length; i++)
            for (var e = _rowStart[i]; e < _rowStart[i + 1]; e++) yield return (_keys[i], _classes[e], _weights[e]);
    }

    /// <summary>The mean of several models' weights (a feature missing from a model weighs 0 there): one linear model
    /// that scores as the average of theirs.</summary>
    internal static LinearModel Mean(IReadOnlyList<LinearModel> models)
    {
        var sums = new SortedDictionary<(uint Key, ushort Class), float>();
        foreach (var m in models)
            foreach (var (key, cls, weight) in m.Entries()) sums[(key, cls)] = sums.GetValueOrDefault((key, cls)) + weight / models.Count;
        var keys = new List<uint>();
        var rowStart = new List<int> { 0 };
        var classes = new List<ushort>();
        var weights = new List<float>();
        foreach (var ((key, cls), weight) in sums)
        {
            if (keys.Count == 0 || keys[^1] != key) { keys.Add(key); rowStart.Add(classes.Count); }
            classes.Add(cls);
            weights.Add(weight);
            rowStart[^1] = classes.Count;
        }
        return new LinearModel(models[0].ClassCount, [.. keys], [.. rowStart], [.. classes], [.. weights]);
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
        if (classCount <= 0 || classCount > ushort.MaxValue || rows < 0) throw new InvalidDataException("linear model: bad header");
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
