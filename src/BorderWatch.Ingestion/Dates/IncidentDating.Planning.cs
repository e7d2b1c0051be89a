using System.Text.RegularExpressions;
using BorderWatch.Ingestion.Incidents;

namespace BorderWatch.Ingestion.Dates;

/// <summary>
/// A planning verb in the present with what is planned after it ("the two services plan a joint drill in December",
/// "both sides hope to sign a protocol in the spring", "Tashkent intends to open the crossing in March"): the clause looks
/// ahead, as with "will". The verbs are status.json planningVerbs, the lemmas by which status reads an event as planned,
/// so a sentence planned for its status is dated ahead too. Not the noun ("under the plan a year ago"), nor the infinitive
/// of a past act's purpose ("met on Tuesday to plan the patrols"), nor a past tense ("they planned a drill").
/// </summary>
public sealed partial class IncidentDating
{
    /// <summary>The pattern of a present planning verb for these lemmas (status.json planningVerbs), not just after one of
    /// <paramref name="openers"/> (status.json planningOpeners: "the plan", "to plan", "who hope to").</summary>
    public static Regex PlanningPresentFor(IEnumerable<string> lemmas, IEnumerable<string> openers)
    {
        var verbs = string.Join("|", lemmas.Where(l => l.Length > 0).Select(l => Regex.Escape(l) + "s?"));
        var before = string.Join("|", openers.Where(o => o.Length > 0).Select(Regex.Escape));
        return new Regex(
            @"(?i)(?<!\b(?:" + before + @")\s+)\b(?:" + verbs +
            @")\s+(?:to\s+\p{L}|a\b|an\b|the\b|their\b|its\b|our\b|another\b)",
            RegexOptions.CultureInvariant);
    }

    /// <summary>True when the text holds a planning verb in the present with what is planned after it.</summary>
    public bool PlansAhead(string text) => planningPresent.IsMatch(text);

    private bool Forward(string text) => ForwardLooking().IsMatch(text) || PlansAhead(text);
}
