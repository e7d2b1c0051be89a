using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Recognition;
using static BorderWatch.Ingestion.Incidents.ClauseText;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// A measure told as a state of things by the forces of the story (recall29): "a second rifle platoon has been based at
/// the outpost since September", "drones have flown over the river every night since Monday", "two mobile groups will be
/// stationed at the posts in November". Such a clause names a force (context.json <c>standingForces</c>) but seldom the
/// state it belongs to, which the document named sentences or paragraphs before (a gallery's opening caption, a
/// bulletin's heading, an interview's introduction). A deployment or a patrol (recall36: or an exercise) whose clause names a force and no state,
/// place or organisation of its own takes the states of the nearest sentence before it that names a state, however far
/// back; with none before it, it stays without parties (no record, as before). In a speaker's turn of an interview the
/// force is the speaker's side's: it takes the state the speaker was introduced with, when there is one. A transfer of
/// weapons or equipment handed to such a force ("two quadcopters were handed over to the outposts in October") is read
/// the same way (recall32, context.json <c>recipientMarks</c>).
/// </summary>
internal static class StoryForces
{
    /// <summary>How far after the event word a force may stand as what it moves ("stationed an additional mobile group").</summary>
    private const int ThemeReach = 4;

    /// <summary>The clause is a deployment or patrol of a force named in it: before its event word ("drones have flown"),
    /// or within a few words after it and before a comma ("stationed two platoons at the post"); not a force told after
    /// another act ("four field kitchens were deployed at the camps, a helicopter ...": the kitchens were deployed).</summary>
    internal static bool Acts(Lexicon lexicon, string text, Clause span, IncidentType type)
    {
        if (span.Denial) return false;
        var toks = span.Tokens;
        var trigger = span.TriggerToken >= 0 && span.TriggerToken < toks.Count ? span.TriggerToken : toks.Count;
        if (type == IncidentType.ArmsTransfer) return ReceivedBy(lexicon, toks, trigger);
        // (recall36: an exercise a force of the story holds or plans, "A battalion of the regional territorial defence plans a
        // winter exercise near ...", is read the same way.)
        if (type is not (IncidentType.Deployment or IncidentType.PatrolSurveillance or IncidentType.Exercise)) return false;
        return lexicon.StandingForces.Matches(toks).Any(m => m.First <= trigger ||
            m.First - trigger <= ThemeReach && text.AsSpan(toks[trigger].End, toks[m.First].Start - toks[trigger].End).IndexOfAny(",;:") < 0);
    }

    /// <summary>How far before a force its recipient mark may stand ("to the two Maktaaral outposts").</summary>
    private const int RecipientReach = 4;

    /// <summary>A transfer handed to a force of the story (recall32): a standing force after the event word with a recipient
    /// mark a few words before it and no punctuation between ("were handed over to the outposts", "delivered to the
    /// detachment"); not the things handed over ("two drones were handed over").</summary>
    private static bool ReceivedBy(Lexicon lexicon, List<Token> toks, int trigger)
    {
        foreach (var m in lexicon.StandingForces.Matches(toks))
        {
            if (m.First <= trigger) continue;
            for (var i = m.First - 1; i > trigger && i >= m.First - RecipientReach && toks[i].Folded.Any(char.IsLetterOrDigit); i--)
                if (lexicon.RecipientMarks.Contains(toks[i].Folded)) return true;
        }
        return false;
    }

    /// <summary>The mentions of the nearest sentence before <paramref name="si"/> that names a state; empty if none does.</summary>
    internal static List<EntityMention> EarlierStates(AnalysisInput input, int si, IReadOnlyList<EntityMention> allMentions) =>
        Coreference.StatesBefore(input, si, allMentions, int.MaxValue, _ => true);
}
