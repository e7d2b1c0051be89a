using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Recognition;
using static BorderWatch.Ingestion.Incidents.ClauseText;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// A clause that points back to parties by a definite reference ("The border department warned on Friday ...", "In
/// November the department bought ...", "the two sides will sign ...") but has no state named within the few sentences
/// <see cref="Coreference.PreviousStates"/> looks at: an article keeps telling of the parties its story named first,
/// however many paragraphs back. The nearest earlier sentence naming a state lends its mentions when one of its states is
/// a side of the border the article is about (its border at that sentence, <see cref="ArticleBorders.At"/>); with no
/// such border nothing is lent, so a page about several borders never lends one story's parties to another (recall45).
/// </summary>
internal static class StoryParties
{
    internal static List<EntityMention> Earlier(AnalysisInput input, int si, IReadOnlyList<EntityMention> allMentions, string? articleBorder)
    {
        if (articleBorder is null) return [];
        var earlier = Coreference.StatesBefore(input, si, allMentions, si, _ => true);
        var sides = articleBorder.Split('-');
        return StatesInOrder(earlier).Any(s => sides.Contains(s)) ? earlier : [];
    }
}
