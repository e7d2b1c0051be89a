namespace BorderWatch.Ingestion.Language.Perceptron;

/// <summary>
/// Trains an averaged perceptron (Collins 2002) with sparse weights: a feature gets a weight for a class only when an
/// update touches that pair, so memory follows the mistakes made, not features x classes. Single-threaded; the
/// result is deterministic for a deterministic sequence of updates.
/// </summary>
public sealed class PerceptronTrainer(int classCount)
{
    // Each feature's (class, weight) entries lie together in the flat arrays below; a full block moves to the end
    // with twice the room, so scoring reads contiguous memory.
    private readonly Dictionary<ulong, int> _rows = [];
    private int[] _offset = new int[1 << 14], _length = new int[1 << 14], _capacity = new int[1 << 14];
    private ushort[] _class = new ushort[1 << 16];
    private float[] _weight = new float[1 << 16];
    private double[] _total = new double[1 << 16];
    private int[] _stamp = new int[1 << 16];
    private int _used;
    private int _clock;

    public int ClassCount => classCount;

    /// <summary>Current (not averaged) scores of every class.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        foreach (var f in features)
        {
            if (!_rows.TryGetValue(f, out var row)) continue;
            for (int e = _offset[row], end = e + _length[row]; e < end; e++) scores[_class[e]] += _weight[e];
        }
    }

    /// <summary>One training example seen: moves weight from <paramref name="guess"/> to <paramref name="truth"/> when they differ.</summary>
    public void Update(ReadOnlySpan<ulong> features, int truth, int guess)
    {
        _clock++;
        if (truth == guess) return;
        foreach (var f in features)
        {
            Add(f, truth, 1f);
            Add(f, guess, -1f);
        }
    }

    /// <summary>Adds <paramref name="delta"/> to the weight of each feature for <paramref name="cls"/> (a global update
    /// over a sequence of decisions); <see cref="NextExample"/> moves the averaging clock.</summary>
    public void Adjust(ReadOnlySpan<ulong> features, int cls, float delta)
    {
        foreach (var f in features) Add(f, cls, delta);
    }

    /// <summary>One training example seen (for the average), when updates are made with <see cref="Adjust"/>.</summary>
    public void NextExample() => _clock++;

    private void Add(ulong feature, int cls, float delta)
    {
        if (!_rows.TryGetValue(feature, out var row))
        {
            row = _rows.Count;
            if (row == _offset.Length)
            {
                Array.Resize(ref _offset, row * 2);
                Array.Resize(ref _length, row * 2);
                Array.Resize(ref _capacity, row * 2);
            }
            _rows[feature] = row;
            _offset[row] = Allocate(2);
            _capacity[row] = 2;
        }
        var start = _offset[row];
        var found = -1;
        for (int e = start, end = start + _length[row]; e < end; e++)
            if (_class[e] == cls) { found = e; break; }
        if (found < 0)
        {
            if (_length[row] == _capacity[row])
            {
                var moved = Allocate(_capacity[row] * 2);
                start = _offset[row];
                Array.Copy(_class, start, _class, moved, _length[row]);
                Array.Copy(_weight, start, _weight, moved, _length[row]);
                Array.Copy(_total, start, _total, moved, _length[row]);
                Array.Copy(_stamp, start, _stamp, moved, _length[row]);
                _offset[row] = moved;
                _capacity[row] *= 2;
            }
            found = _offset[row] + _length[row]++;
            _class[found] = (ushort)cls;
            _weight[found] = 0;
            _total[found] = 0;
            _stamp[found] = _clock;
        }
        _total[found] += (double)(_clock - _stamp[found]) * _weight[found];
        _stamp[found] = _clock;
        _weight[found] += delta;
    }

    private int Allocate(int size)
    {
        while (_used + size > _class.Length)
        {
            var grown = _class.Length * 2;
            Array.Resize(ref _class, grown);
            Array.Resize(ref _weight, grown);
            Array.Resize(ref _total, grown);
            Array.Resize(ref _stamp, grown);
        }
        var at = _used;
        _used += size;
        return at;
    }

    /// <summary>
    /// The averaged model, with weights whose magnitude is below <paramref name="pruneBelow"/> dropped. Features whose
    /// 32-bit keys collide are merged (their weights add up).
    /// </summary>
    public LinearModel Average(float pruneBelow)
    {
        var clock = Math.Max(_clock, 1);
        var entries = new List<(uint Key, ushort Class, float Weight)>();
        foreach (var (feature, row) in _rows)
        {
            for (int e = _offset[row], end = e + _length[row]; e < end; e++)
            {
                var avg = (float)((_total[e] + (double)(clock - _stamp[e]) * _weight[e]) / clock);
                if (Math.Abs(avg) >= pruneBelow) entries.Add((LinearModel.Fold(feature), _class[e], avg));
            }
        }
        entries.Sort((a, b) => a.Key != b.Key ? a.Key.CompareTo(b.Key) : a.Class != b.Class ? a.Class.CompareTo(b.Class) : a.Weight.CompareTo(b.Weight));
        var keys = new List<uint>();
        var rowStart = new List<int> { 0 };
        var classes = new List<ushort>();
        var weights = new List<float>();
        foreach (var (key, cls, weight) in entries)
        {
            if (keys.Count == 0 || keys[^1] != key) { keys.Add(key); rowStart.Add(classes.Count); }
            if (classes.Count > rowStart[^2] && classes[^1] == cls) { weights[^1] += weight; continue; }
            classes.Add(cls);
            weights.Add(weight);
            rowStart[^1] = classes.Count;
        }
        return new LinearModel(classCount, [.. keys], [.. rowStart], [.. classes], [.. weights]);
    }
}
