namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// "The first joint patrol is set for 10 December", "the joint patrols will start from the bridge on Monday": an act done
/// jointly (context.json <c>jointWords</c> within a few words before the clause's event word) by no state the clause names
/// is the act of the parties the story named (recall47, issue 8): a joint act needs two sides, and an article about a
/// border tells of its own. The builder lends the clause the states the sentences before named, as it does for "the sides".
/// </summary>
internal static class JointParties
{
    /// <summary>How far before the event word the joint word may stand ("the first joint night patrol").</summary>
    private const int Reach = 3;

    internal static bool PointsBack(Lexicon lexicon, Clause span)
    {
        var trigger = span.TriggerToken;
        if (trigger < 0 || trigger >= span.Tokens.Count) return false;
        return lexicon.JointWords.Matches(span.Tokens).Any(m => m.Last < trigger && trigger - m.Last <= Reach);
    }
}
