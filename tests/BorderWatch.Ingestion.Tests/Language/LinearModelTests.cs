using BorderWatch.Ingestion.Language.Perceptron;

namespace BorderWatch.Ingestion.Tests.Language;

/// <summary>
/// The read-only linear model scores what its file says: each feature adds its classes' weights (to within the 16-bit
/// fixed-point step), whether its row is one entry, two (kept in the slot), a few (beside it) or dense (a frequent
/// feature voting for most classes); unknown features add nothing; pruning drops exactly the small weights.
/// </summary>
public class LinearModelTests
{
    private const int Classes = 70;

    [Fact]
    public void Scores_are_the_sums_of_the_weights_of_the_features_given()
    {
        var rows = RandomRows(new Random(5), 3000);
        var model = Load(rows);
        model.FeatureCount.ShouldBe(rows.Count);
        var random = new Random(11);
        var keys = rows.Keys.ToArray();
        var scores = new float[Classes];
        for (var trial = 0; trial < 300; trial++)
        {
            // a decision's features: known ones (some twice) and unknown ones
            var features = Enumerable.Range(0, 80).Select(_ => random.Next(4) == 0 ? (ulong)random.Next(1 << 30) * 7919 + 1 : keys[random.Next(keys.Length)]).ToArray();
            model.Score(features, scores);
            var expected = Expected(rows, features, 0f);
            for (var c = 0; c < Classes; c++) scores[c].ShouldBe(expected[c], Tolerance(rows, features.Length));
        }
    }

    [Fact]
    public void Pruning_drops_the_weights_under_the_threshold_and_the_features_left_without_any()
    {
        var rows = RandomRows(new Random(8), 500);
        var pruned = Load(rows).Pruned(0.5f);
        pruned.WeightCount.ShouldBe(rows.Values.Sum(r => r.Count(e => Math.Abs((float)(Half)e.Weight) >= 0.5f)));
        pruned.FeatureCount.ShouldBe(rows.Values.Count(r => r.Any(e => Math.Abs((float)(Half)e.Weight) >= 0.5f)));
        var features = rows.Keys.Take(60).ToArray();
        var scores = new float[Classes];
        pruned.Score(features, scores);
        var expected = Expected(rows, features, 0.5f);
        for (var c = 0; c < Classes; c++) scores[c].ShouldBe(expected[c], Tolerance(rows, features.Length));
    }

    [Fact]
    public void A_model_that_names_a_class_beyond_its_count_is_refused()
    {
        var rows = new Dictionary<ulong, List<(ushort Class, float Weight)>> { [42] = [((ushort)Classes, 1f)] };
        Should.Throw<InvalidDataException>(() => Load(rows)).Message.ShouldContain("out of range");
    }

    // rows of every kind: one entry, two, a few, and dense rows of 48 classes and more
    private static Dictionary<ulong, List<(ushort Class, float Weight)>> RandomRows(Random random, int count)
    {
        var rows = new Dictionary<ulong, List<(ushort, float)>>();
        while (rows.Count < count)
        {
            var key = (ulong)(uint)random.Next() | ((ulong)(uint)random.Next() << 31);
            if (rows.ContainsKey(key)) continue;
            var kind = random.Next(10);
            var length = kind < 4 ? 1 + kind % 2 : kind < 9 ? 3 + random.Next(40) : 48 + random.Next(Classes - 48);
            var classes = Enumerable.Range(0, Classes).OrderBy(_ => random.Next()).Take(length).Order();
            rows[key] = classes.Select(c => ((ushort)c, (float)(random.NextDouble() * 8 - 4))).ToList();
        }
        return rows;
    }

    /// <summary>Writes the rows in the model file format (keys folded to 32 bits) and reads them back.</summary>
    private static LinearModel Load(Dictionary<ulong, List<(ushort Class, float Weight)>> rows)
    {
        var ordered = rows.OrderBy(r => LinearModel.Fold(r.Key)).ToList();
        using var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            w.Write(Classes);
            w.Write(ordered.Count);
            foreach (var r in ordered) w.Write(LinearModel.Fold(r.Key));
            foreach (var r in ordered) w.Write7BitEncodedInt(r.Value.Count);
            foreach (var r in ordered) foreach (var e in r.Value) w.Write(e.Class);
            foreach (var r in ordered) foreach (var e in r.Value) w.Write((Half)e.Weight);
        }
        stream.Position = 0;
        using var reader = new BinaryReader(stream);
        return LinearModel.Read(reader);
    }

    private static float[] Expected(Dictionary<ulong, List<(ushort Class, float Weight)>> rows, ulong[] features, float pruneBelow)
    {
        var expected = new float[Classes];
        foreach (var f in features)
            if (rows.TryGetValue(f, out var row))
                foreach (var (c, weight) in row)
                    if (Math.Abs((float)(Half)weight) >= pruneBelow) expected[c] += (float)(Half)weight;
        return expected;
    }

    // half a fixed-point step per added weight (the largest weight is under 4, 32767 steps)
    private static double Tolerance(Dictionary<ulong, List<(ushort Class, float Weight)>> rows, int features) => features * 0.5 * 4.0 / short.MaxValue + 1e-4;
}
