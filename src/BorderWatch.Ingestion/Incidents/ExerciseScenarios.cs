using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Recognition;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// What a drill's scenario plays out ("Under the exercise scenario, gunmen crossed the river and seized a post", "the
/// drill simulated an attack on an outpost", "guards intercepted a mock smugglers' boat") is the exercise, not a
/// crossing, a capture or a clash: the clauses of such a sentence become one exercise. A scenario word (context.json
/// exerciseScenario) counts in a sentence that names the exercise or right after one reported it ("The scenario had
/// raiders crossing the line"), not in "preparing for scenarios such as civil war". A sentence that stages its adversary
/// (scene-frames.json roles and fiction: "instructors posing as smugglers", "an invented band", "'intruders' from a
/// neighbouring regiment") needs neither (para21).
/// </summary>
internal sealed class ExerciseScenarios(Lexicon lexicon)
{
    /// <param name="exerciseJustTold">An exercise was reported in this sentence's paragraph just before it.</param>
    /// <param name="stages">Whether the sentence stages its adversary (asked only when a clause could be retyped).</param>
    internal void Apply(List<Clause> spans, List<Token> sentenceTokens, bool exerciseJustTold, Func<bool>? stages = null)
    {
        if (spans.Count == 0 || !spans.Any(s => s.Type is { } t && t != IncidentType.Statement && !s.Denial)) return;
        var scenario = lexicon.ExerciseScenario.Matches(sentenceTokens).Count > 0 &&
                       (exerciseJustTold || lexicon.EventWords(sentenceTokens, 0, IncidentType.Exercise).Count > 0);
        if (!scenario && stages?.Invoke() != true) return;
        var played = spans.Where(s => s.Type is { } t && t != IncidentType.Statement && !s.Denial).ToList();
        if (played.Count == 0) return;
        var first = played[0];
        first.Type = IncidentType.Exercise;
        first.WeakTrigger = false;
        // (Only the clauses that follow it straight on join it: a statement between them stays its own.)
        foreach (var more in played.Skip(1))
        {
            if (spans.IndexOf(more) != spans.IndexOf(first) + 1) break;
            ClauseSplitter.Append(first, more);
            spans.Remove(more);
        }
    }
}
