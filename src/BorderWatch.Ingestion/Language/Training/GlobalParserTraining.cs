using BorderWatch.Ingestion.Language.Parsing;
using BorderWatch.Ingestion.Language.Perceptron;

namespace BorderWatch.Ingestion.Language.Training;

/// <summary>
/// One sentence of global training for the beam parser (Zhang and Clark 2008) with max-violation updates (Huang, Fayong
/// and Guo 2012). The beam runs as in parsing; beside it runs a latent gold sequence: the best-scoring one that loses no
/// arc the dynamic oracle (<see cref="ArcEagerOracle"/>) says could still be reached, so non-projective trees and the
/// many orders of one tree need no fixed gold order. An item is on a gold path while its regret (the cost of its actions
/// beyond the least cost at each step) is 0. When the beam's best result is not on a gold path, the perceptron moves
/// from the beam's best to the gold prefix at the step where the beam's best led the gold sequence by most.
/// </summary>
public static class GlobalParserTraining
{
    private sealed class Item(ParserState state, float score, int regret, Item? parent, ulong[]? features, int action)
    {
        public ParserState State { get; set; } = state;
        public float Score { get; } = score;
        public int Regret { get; } = regret;
        public Item? Parent { get; } = parent;
        public ulong[]? Features { get; } = features; // of the parent's configuration, for Action
        public int Action { get; } = action;
    }

    /// <summary>Learns from one sentence; true when the beam's best parse was already on a gold path.</summary>
    public static bool Learn(PerceptronTrainer trainer, ParserState start, ParserInput input, int[] goldHeads, int[] goldLabels, int width)
    {
        var classes = trainer.ClassCount;
        var beam = new List<Item>(width) { new(start, 0, 0, null, null, -1) };
        var next = new List<Item>(width);
        var gold = beam[0];
        Item? worstPredicted = null, worstGold = null;
        var worst = 0f;
        var best = new TopK(width);
        var uses = new int[width];
        var features = new ulong[width][];
        var scores = new float[width][];
        var costs = new int[width][];
        var least = new int[width];
        for (var i = 0; i < width; i++) { scores[i] = new float[classes]; costs[i] = new int[classes]; }
        Span<ulong> buffer = stackalloc ulong[ParserFeatures.Max];
        var goldScores = new float[classes];
        var goldCosts = new int[classes];
        while (true)
        {
            var beamDone = true;
            best.Clear();
            var goldAt = -1;
            for (var i = 0; i < beam.Count; i++)
            {
                var item = beam[i];
                if (ReferenceEquals(item, gold)) goldAt = i;
                if (item.State.IsTerminal) { best.Offer(item.Score, i, -1); continue; }
                beamDone = false;
                features[i] = Expand(trainer, item.State, input, buffer, scores[i]);
                ArcEagerOracle.Costs(item.State, goldHeads, goldLabels, costs[i]);
                least[i] = Min(costs[i]);
                for (var a = 0; a < classes; a++)
                    if (costs[i][a] != ArcEagerOracle.Invalid) best.Offer(item.Score + scores[i][a], i, a);
            }
            if (beamDone && gold.State.IsTerminal) break;

            // the gold sequence's next step, before the beam's states are taken over below
            var nextGold = gold;
            if (!gold.State.IsTerminal)
            {
                ulong[] f;
                float[] s;
                int[] c;
                if (goldAt >= 0) (f, s, c) = (features[goldAt], scores[goldAt], costs[goldAt]);
                else
                {
                    (f, s, c) = (Expand(trainer, gold.State, input, buffer, goldScores), goldScores, goldCosts);
                    ArcEagerOracle.Costs(gold.State, goldHeads, goldLabels, goldCosts);
                }
                var min = Min(c);
                var action = -1;
                for (var a = 0; a < classes; a++)
                    if (c[a] == min && (action < 0 || s[a] > s[action])) action = a;
                var state = gold.State.Clone();
                state.Apply(action);
                nextGold = new Item(state, gold.Score + s[action], 0, gold, f, action);
            }

            Array.Clear(uses);
            for (var k = 0; k < best.Count; k++) uses[best.Parent(k)]++;
            next.Clear();
            for (var k = 0; k < best.Count; k++)
            {
                var p = best.Parent(k);
                var parent = beam[p];
                var action = best.Action(k);
                if (action < 0) { next.Add(parent); continue; }
                var state = --uses[p] == 0 ? parent.State : parent.State.Clone();
                state.Apply(action);
                next.Add(new Item(state, best.Score(k), parent.Regret + costs[p][action] - least[p], parent, features[p], action));
            }
            // a gold-path item still in the beam scores at least as well as the gold sequence's own step
            gold = next.FirstOrDefault(i => i.Regret == 0) ?? nextGold;
            var violation = next[0].Score - gold.Score;
            // ties count (a zero model ties everywhere): the first such step is then the update's
            if (next[0].Regret > 0 && violation >= 0 && (worstPredicted is null || violation > worst))
            {
                worst = violation;
                (worstPredicted, worstGold) = (next[0], gold);
            }
            (beam, next) = (next, beam);
        }
        trainer.NextExample();
        if (beam[0].Regret == 0) return true;
        if (worstPredicted is not null) Update(trainer, worstGold!, worstPredicted);
        return false;
    }

    private static ulong[] Expand(PerceptronTrainer trainer, ParserState state, ParserInput input, Span<ulong> buffer, float[] scores)
    {
        var c = ParserFeatures.Extract(state, input, buffer);
        var f = buffer[..c].ToArray();
        trainer.Score(f, scores);
        return f;
    }

    private static int Min(int[] costs)
    {
        var min = int.MaxValue;
        foreach (var c in costs) min = Math.Min(min, c);
        return min;
    }

    /// <summary>+1 for the gold prefix's decisions, -1 for the predicted prefix's, below their common ancestor.</summary>
    private static void Update(PerceptronTrainer trainer, Item gold, Item predicted)
    {
        var goldPath = new HashSet<Item>(ReferenceEqualityComparer.Instance);
        for (var i = gold; i is not null; i = i.Parent) goldPath.Add(i);
        var common = predicted;
        for (; common is not null && !goldPath.Contains(common); common = common.Parent)
            if (common.Parent is not null) trainer.Adjust(common.Features, common.Action, -1f);
        for (var i = gold; i is not null && !ReferenceEquals(i, common); i = i.Parent)
            if (i.Parent is not null) trainer.Adjust(i.Features, i.Action, 1f);
    }
}
