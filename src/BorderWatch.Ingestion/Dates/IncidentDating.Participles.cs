using System.Text.RegularExpressions;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Dates;

/// <summary>
/// fields47: a month told in a past participle that hangs on a noun ("will use eight patrol boats handed over by Uzbekistan in
/// August", "the towers built in May will be manned"): the month dates that noun's past act, not what the sentence's future verb
/// plans. Without a year of its own it is read in the year of writing: a month before the time of writing is this year's (not
/// next year's), a month after it is still to come (<see cref="BorderWatch.Ingestion.Pipeline.DateResolver"/>).
/// </summary>
public sealed partial class IncidentDating
{
    /// <summary>True when <paramref name="e"/> (offsets into the cleaned text) directly follows a participle on a noun.</summary>
    public static bool OfNounParticiple(Sentence sentence, DateExpression e)
    {
        var before = sentence.Text[..Math.Clamp(e.Start - sentence.Start, 0, sentence.Text.Length)];
        return NounParticiple().Match(before) is { Success: true } m && !NotANoun().IsMatch(m.Groups["noun"].Value);
    }

    // A plural or singular common noun, a participle (-ed, or one of a few irregular ones), perhaps where from or to and a
    // name ("from Turkey", "to the Tajik side"), then "in".
    [GeneratedRegex(@"\b(?<noun>\p{Ll}{3,})\s+(?<part>\p{Ll}{3,}ed|built|sent|bought|brought|made|given)\s+(?:(?:from|to|by)\s+(?:the\s+)?(?-i:\p{Lu})[\p{L}-]*(?:\s+(?-i:\p{Lu})[\p{L}-]*)?\s+)?in\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex NounParticiple();

    // Words before a participle that make it a verb of its own clause ("were delivered", "has arrived", "they moved", "who moved").
    [GeneratedRegex(@"^(?:is|are|was|were|be|been|being|has|have|had|will|would|shall|should|could|may|might|must|not|they|who|which|that|she|him|them|then|also|and|but|first|just|only|already|recently)$", RegexOptions.CultureInvariant)]
    private static partial Regex NotANoun();
}
