using BorderWatch.Ingestion.Language.Parsing;
using BorderWatch.Ingestion.Language.Training;

namespace BorderWatch.Ingestion.Tests.Language;

/// <summary>
/// The dynamic oracle (Goldberg and Nivre 2012) on small hand-made projective trees (sentences in no corpus): every
/// path of cost-0 transitions reaches the gold tree, and, the arc-eager system being arc-decomposable, a transition of
/// cost k followed by cost-0 transitions builds all gold arcs (head and label) but k.
/// </summary>
public class ArcEagerOracleTests
{
    private static readonly string[] Labels = ["aux:pass", "case", "cc", "ccomp", "conj", "det", "nsubj", "nsubj:pass", "nummod", "obj", "obl", "obl:tmod", "punct", "root", "acl:relcl"];

    // (words, head of each word: -1 for the root, label of each word)
    public static TheoryData<string, int[], string[]> Trees => new()
    {
        { "Halt", [-1], ["root"] },
        { "Guards closed the crossing .", [1, -1, 3, 1, 1], ["nsubj", "root", "det", "obj", "punct"] },
        { "The patrol that left at dawn returned on Monday .", [1, 6, 3, 1, 5, 3, -1, 8, 6, 6],
            ["det", "nsubj", "nsubj", "acl:relcl", "case", "obl", "root", "case", "obl", "punct"] },
        { "Officials said troops crossed and fired .", [1, -1, 3, 1, 5, 3, 1], ["nsubj", "root", "nsubj", "ccomp", "cc", "conj", "punct"] },
        { "Yesterday , near the river , two soldiers were wounded .", [9, 9, 4, 4, 9, 9, 7, 9, 9, -1, 9],
            ["obl:tmod", "punct", "case", "det", "obl", "punct", "nummod", "nsubj:pass", "aux:pass", "root", "punct"] },
    };

    [Theory]
    [MemberData(nameof(Trees))]
    public void Every_path_of_cost_zero_transitions_reaches_the_gold_tree(string words, int[] heads, string[] labels)
    {
        var (goldHeads, goldLabels) = Gold(heads, labels);
        for (var seed = 0; seed < 25; seed++)
        {
            var random = new Random(seed);
            var state = NewState(heads.Length);
            var costs = new int[state.ActionCount];
            while (!state.IsTerminal)
            {
                ArcEagerOracle.Costs(state, goldHeads, goldLabels, costs);
                var free = Enumerable.Range(0, costs.Length).Where(a => costs[a] == 0).ToList();
                free.ShouldNotBeEmpty($"'{words}', seed {seed}: no cost-0 transition left");
                free.ShouldAllBe(a => state.IsValid(a));
                state.Apply(free[random.Next(free.Count)]);
            }
            Errors(state, heads, labels).ShouldBe(0, $"'{words}', seed {seed}");
        }
    }

    [Theory]
    [MemberData(nameof(Trees))]
    public void A_transition_of_cost_k_then_cost_zero_ones_end_k_arcs_from_the_gold_tree(string words, int[] heads, string[] labels)
    {
        var (goldHeads, goldLabels) = Gold(heads, labels);
        var costly = 0;
        for (var seed = 0; seed < 60; seed++)
        {
            var random = new Random(seed);
            var state = NewState(heads.Length);
            var costs = new int[state.ActionCount];
            var mistakeAt = random.Next(2 * heads.Length);
            var cost = 0;
            for (var step = 0; !state.IsTerminal; step++)
            {
                ArcEagerOracle.Costs(state, goldHeads, goldLabels, costs);
                var candidates = Enumerable.Range(0, costs.Length)
                    .Where(a => step == mistakeAt ? costs[a] != ArcEagerOracle.Invalid : costs[a] == 0).ToList();
                var action = candidates[random.Next(candidates.Count)];
                candidates.ShouldAllBe(a => state.IsValid(a));
                cost += costs[action];
                state.Apply(action);
            }
            if (cost > 0) costly++;
            ArcsMissed(state, goldHeads, goldLabels).ShouldBe(cost, $"'{words}', seed {seed}, mistake at step {mistakeAt}");
            // completing the tree (headless words attached to the root) can only repair arcs
            Errors(state, heads, labels).ShouldBeLessThanOrEqualTo(cost);
        }
        if (heads.Length > 1) costly.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Invalid_transitions_have_no_cost()
    {
        var (goldHeads, goldLabels) = Gold([1, -1, 3, 1, 1], ["nsubj", "root", "det", "obj", "punct"]);
        var state = NewState(5);
        var costs = new int[state.ActionCount];
        ArcEagerOracle.Costs(state, goldHeads, goldLabels, costs);
        // the stack holds only the artificial root: no reduce, no left-arc; a right-arc from the root must be "root"
        costs[ParserState.Reduce].ShouldBe(ArcEagerOracle.Invalid);
        for (var l = 0; l < Labels.Length; l++) costs[2 + l].ShouldBe(ArcEagerOracle.Invalid);
        costs[ParserState.Shift].ShouldBe(0);
        // "Guards" is no dependent of the root: attaching it there costs its own arc and that of "closed", the root
        // word, for the root takes one dependent only
        costs[2 + Labels.Length + Array.IndexOf(Labels, "root")].ShouldBe(2);
    }

    private static ParserState NewState(int n) => new(n, Labels.Length, Array.IndexOf(Labels, "root"));

    private static (int[] Heads, int[] Labels) Gold(int[] heads, string[] labels) =>
        (heads.Select(h => h < 0 ? heads.Length : h).ToArray(), labels.Select(l => Array.IndexOf(Labels, l)).ToArray());

    /// <summary>Gold arcs (head and label) the transitions did not build; the artificial root is word N.</summary>
    private static int ArcsMissed(ParserState state, int[] goldHeads, int[] goldLabels) =>
        Enumerable.Range(0, goldHeads.Length).Count(i => state.Heads[i] != goldHeads[i] || state.Labels[i] != goldLabels[i]);

    private static int Errors(ParserState state, int[] heads, string[] labels)
    {
        var (predictedHeads, predictedLabels) = state.Finish(_ => Array.IndexOf(Labels, "punct"));
        var errors = 0;
        for (var i = 0; i < heads.Length; i++)
            if (predictedHeads[i] != heads[i] || Labels[predictedLabels[i]] != labels[i]) errors++;
        return errors;
    }
}
