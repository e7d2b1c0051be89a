namespace BorderWatch.Ingestion.Language.Parsing;

/// <summary>
/// A configuration of the arc-eager transition system (Nivre 2003) over words 0..N-1, with an artificial root N at
/// the bottom of the stack. Actions: 0 = shift, 1 = reduce, 2 + l = left-arc with label l, 2 + L + l = right-arc with
/// label l. The root takes exactly one dependent, with the root label.
/// </summary>
public sealed class ParserState
{
    public const int Shift = 0, Reduce = 1;

    private readonly int[] _stack;
    private int _depth;

    public int N { get; }
    public int Root => N;
    public int LabelCount { get; }
    public int RootLabel { get; }
    public int Buffer { get; private set; }
    public int[] Heads { get; }
    public int[] Labels { get; }
    public int[] Leftmost { get; }
    public int[] SecondLeftmost { get; }
    public int[] Rightmost { get; }
    public int[] SecondRightmost { get; }
    public int[] LeftCount { get; }
    public int[] RightCount { get; }
    public ulong[] LeftLabels { get; }
    public ulong[] RightLabels { get; }
    public bool RootTaken { get; private set; }

    public ParserState(int n, int labelCount, int rootLabel)
    {
        N = n;
        LabelCount = labelCount;
        RootLabel = rootLabel;
        _stack = new int[n + 1];
        _stack[_depth++] = n;
        Heads = Filled(n + 1, -1);
        Labels = Filled(n + 1, -1);
        Leftmost = Filled(n + 1, -1);
        SecondLeftmost = Filled(n + 1, -1);
        Rightmost = Filled(n + 1, -1);
        SecondRightmost = Filled(n + 1, -1);
        LeftCount = new int[n + 1];
        RightCount = new int[n + 1];
        LeftLabels = new ulong[n + 1];
        RightLabels = new ulong[n + 1];
    }

    private ParserState(ParserState o)
    {
        N = o.N;
        LabelCount = o.LabelCount;
        RootLabel = o.RootLabel;
        _stack = (int[])o._stack.Clone();
        _depth = o._depth;
        Buffer = o.Buffer;
        RootTaken = o.RootTaken;
        Heads = (int[])o.Heads.Clone();
        Labels = (int[])o.Labels.Clone();
        Leftmost = (int[])o.Leftmost.Clone();
        SecondLeftmost = (int[])o.SecondLeftmost.Clone();
        Rightmost = (int[])o.Rightmost.Clone();
        SecondRightmost = (int[])o.SecondRightmost.Clone();
        LeftCount = (int[])o.LeftCount.Clone();
        RightCount = (int[])o.RightCount.Clone();
        LeftLabels = (ulong[])o.LeftLabels.Clone();
        RightLabels = (ulong[])o.RightLabels.Clone();
    }

    /// <summary>An independent copy (a beam keeps several configurations of one sentence).</summary>
    public ParserState Clone() => new(this);

    /// <summary>Becomes a copy of <paramref name="o"/>, a configuration of the same sentence, reusing this one's
    /// arrays (a beam recycles the configurations it drops).</summary>
    public ParserState CopyFrom(ParserState o)
    {
        if (o.N != N || o.LabelCount != LabelCount) throw new ArgumentException("a configuration of another sentence", nameof(o));
        o._stack.AsSpan(0, o._depth).CopyTo(_stack);
        _depth = o._depth;
        Buffer = o.Buffer;
        RootTaken = o.RootTaken;
        o.Heads.CopyTo(Heads, 0);
        o.Labels.CopyTo(Labels, 0);
        o.Leftmost.CopyTo(Leftmost, 0);
        o.SecondLeftmost.CopyTo(SecondLeftmost, 0);
        o.Rightmost.CopyTo(Rightmost, 0);
        o.SecondRightmost.CopyTo(SecondRightmost, 0);
        o.LeftCount.CopyTo(LeftCount, 0);
        o.RightCount.CopyTo(RightCount, 0);
        o.LeftLabels.CopyTo(LeftLabels, 0);
        o.RightLabels.CopyTo(RightLabels, 0);
        return this;
    }

    private static int[] Filled(int n, int value)
    {
        var a = new int[n];
        Array.Fill(a, value);
        return a;
    }

    public int ActionCount => 2 + 2 * LabelCount;
    public bool IsTerminal => Buffer >= N;
    public int S0 => _depth > 0 ? _stack[_depth - 1] : -1;
    public int S1 => _depth > 1 ? _stack[_depth - 2] : -1;
    public int StackDepth => _depth;
    public int StackAt(int i) => _stack[i];

    public bool IsValid(int action)
    {
        if (IsTerminal) return false;
        var s0 = S0;
        if (action == Shift) return true;
        if (action == Reduce) return s0 >= 0 && s0 != Root && Heads[s0] >= 0;
        var label = (action - 2) % LabelCount;
        if (action < 2 + LabelCount) return s0 >= 0 && s0 != Root && Heads[s0] < 0 && label != RootLabel;
        return s0 == Root ? label == RootLabel && !RootTaken : s0 >= 0 && label != RootLabel;
    }

    public void Apply(int action)
    {
        if (action == Shift) { _stack[_depth++] = Buffer++; return; }
        if (action == Reduce) { _depth--; return; }
        var label = (action - 2) % LabelCount;
        if (action < 2 + LabelCount)
        {
            AddArc(Buffer, _stack[--_depth], label);
            return;
        }
        AddArc(S0, Buffer, label);
        if (S0 == Root) RootTaken = true;
        _stack[_depth++] = Buffer++;
    }

    private void AddArc(int head, int dependent, int label)
    {
        Heads[dependent] = head;
        Labels[dependent] = label;
        var bit = label < 64 ? 1UL << label : 0;
        if (dependent < head)
        {
            LeftCount[head]++;
            LeftLabels[head] |= bit;
            if (Leftmost[head] < 0 || dependent < Leftmost[head]) { SecondLeftmost[head] = Leftmost[head]; Leftmost[head] = dependent; }
            else if (SecondLeftmost[head] < 0 || dependent < SecondLeftmost[head]) SecondLeftmost[head] = dependent;
        }
        else
        {
            RightCount[head]++;
            RightLabels[head] |= bit;
            if (dependent > Rightmost[head]) { SecondRightmost[head] = Rightmost[head]; Rightmost[head] = dependent; }
            else if (dependent > SecondRightmost[head]) SecondRightmost[head] = dependent;
        }
    }

    /// <summary>
    /// Completes the tree when the buffer is empty: the root's dependent (or else the first word left without a head)
    /// becomes the root; every other word without a head attaches to it with <paramref name="fallbackLabel"/>.
    /// Returns heads (-1 for the root) and labels of words 0..N-1.
    /// </summary>
    public (int[] Heads, int[] Labels) Finish(Func<int, int> fallbackLabel)
    {
        var heads = new int[N];
        var labels = new int[N];
        var root = Array.IndexOf(Heads, Root);
        if (root < 0 || root >= N) root = Array.FindIndex(Heads, 0, N, h => h < 0);
        for (var i = 0; i < N; i++)
        {
            if (i == root) { heads[i] = -1; labels[i] = RootLabel; }
            else if (Heads[i] < 0 || Heads[i] == Root) { heads[i] = root; labels[i] = fallbackLabel(i); }
            else { heads[i] = Heads[i]; labels[i] = Labels[i]; }
        }
        return (heads, labels);
    }
}
