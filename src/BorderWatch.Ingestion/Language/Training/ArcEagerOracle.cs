using BorderWatch.Ingestion.Language.Parsing;

namespace BorderWatch.Ingestion.Language.Training;

/// <summary>
/// The dynamic oracle of Goldberg and Nivre (2012) for the arc-eager system: the cost of an action is the number of
/// gold arcs it makes unreachable (plus one for a wrong label on a gold arc). Gold heads use N for the root.
/// </summary>
public static class ArcEagerOracle
{
    public const int Invalid = int.MaxValue;

    public static void Costs(ParserState s, int[] goldHead, int[] goldLabel, Span<int> costs)
    {
        var n = s.N;
        var b = s.Buffer;
        var s0 = s.S0;
        var L = s.LabelCount;
        for (var a = 0; a < costs.Length; a++) costs[a] = Invalid;
        if (s.IsTerminal) return;

        // Shift: b loses its head on the stack and its dependents waiting on the stack.
        var shift = 0;
        var headOnStack = false;
        for (var i = 0; i < s.StackDepth; i++)
        {
            var k = s.StackAt(i);
            if (k != n && s.Heads[k] < 0 && goldHead[k] == b) shift++;
            if (goldHead[b] == k && (k != n || !s.RootTaken)) headOnStack = true;
        }
        var depsOfB = shift; // headless stack words whose gold head is b
        if (headOnStack) shift++;
        costs[ParserState.Shift] = shift;

        var s0DepsInBuffer = 0;
        if (s0 >= 0 && s0 != n)
            for (var j = b; j < n; j++) if (goldHead[j] == s0) s0DepsInBuffer++;

        if (s.IsValid(ParserState.Reduce)) costs[ParserState.Reduce] = s0DepsInBuffer;

        if (s0 >= 0 && s0 != n && s.Heads[s0] < 0)
        {
            var left = s0DepsInBuffer + (goldHead[s0] > b && goldHead[s0] < n ? 1 : 0);
            for (var l = 0; l < L; l++)
                if (s.IsValid(2 + l)) costs[2 + l] = left + (goldHead[s0] == b && goldLabel[s0] != l ? 1 : 0);
        }

        var bHeadElsewhere = goldHead[b] != s0 && ((headOnStack) || (goldHead[b] > b && goldHead[b] < n)) ? 1 : 0;
        // the root takes one dependent: giving it b loses the arc of the gold root word still to come
        var rootWordLost = s0 == n && goldHead[b] != n && Array.IndexOf(goldHead, n, b + 1) > b ? 1 : 0;
        var right = bHeadElsewhere + depsOfB + rootWordLost;
        for (var l = 0; l < L; l++)
            if (s.IsValid(2 + L + l)) costs[2 + L + l] = right + (goldHead[b] == s0 && goldLabel[b] != l ? 1 : 0);
    }
}
