using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Gazetteer;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// A page about something other than the events at a border (precision33; the words in <c>Lexicon/occasions.json</c>):
/// <list type="bullet">
/// <item>an event named as what a text is about ("A story about fighting in Takhar named the wrong district", "Stories
/// about Chinese soldiers near the corridor come and go"): a corrections page's item or a writer's aside names the earlier
/// story, not the act; the corrected account, in a sentence of its own, is the record;</item>
/// <item>a publisher's or an institute's gathering as the meeting ("Roundtable held on Monday at the Faculty of ...",
/// "Participants discussed the queues at Khorgos"): the page's own occasion, when the clause names no state, armed group
/// or organisation (a meeting of two border services at a conference names them and stays);</item>
/// <item>a hearing's own business ("The committee examined the draft law 'On ... border crossing points'", "Deputies
/// considered a bill on ..."): a verb of deliberation with a draft text as its object, whatever event words the text's
/// title holds (precision36), with a legislature as its subject and no two states named (mend36).</item>
/// </list>
/// </summary>
internal sealed partial class NonIncidents
{
    internal bool Occasion(ParsedSentence parse, Clause span) => AboutText(parse, span) || Forum(parse, span) || Deliberates(parse, span);

    // The clause's predicate is a verb of deliberation, not negated, whose object is a draft text ("examined the draft law"),
    // whose subject is a legislature or its members (occasions.json legislativeBodies) and whose subject's phrase names fewer
    // than two states (mend36: "Kyrgyz and Tajik delimitation delegations examined the draft" is a bilateral meeting).
    private bool Deliberates(ParsedSentence parse, Clause span) =>
        ClauseSyntax.HeadOf(parse, span.Start, span.End) is { Upos: Upos.VERB } head && occasions.DeliberationVerbs.Contains(ClauseSyntax.Lemma(head)) &&
        !syntax.NegatedOrHypothetical(parse, head) &&
        parse.Dependents(head.Index).Any(d => d.BaseRelation == "obj" && occasions.DraftTexts.Contains(d.Form.ToLowerInvariant())) &&
        parse.Dependents(head.Index).FirstOrDefault(d => d.BaseRelation == "nsubj") is { } subject &&
        (occasions.LegislativeBodies.Contains(subject.Form.ToLowerInvariant()) || occasions.LegislativeBodies.Contains(ClauseSyntax.Lemma(subject))) &&
        // (The states the subject's phrase names: those of the draft's title, "On the ratification of the Agreement between
        // Uzbekistan and Kazakhstan", are what the text is about.)
        ParsedClauseRules.Subtree(parse, subject) is var phrase &&
        span.SentenceMentions.Where(m => m.Entry.Kind == EntryKind.State && phrase.Any(t => m.Start < t.End && t.Start < m.End)).Select(m => m.Entry.Key).Distinct().Count() < 2;

    // The event word hangs, within its clause, under "about" on a text noun: "a story about talks between ...", "a story
    // about Uzbek citizens detained in ...". (A reported clause is a claim of its own: the walk stops there.)
    private bool AboutText(ParsedSentence parse, Clause span)
    {
        if (ParsedClauseRules.TriggerIn(parse, span) is not { } trigger) return false;
        for (var word = trigger; word.Head >= 0 && word.BaseRelation is not ("ccomp" or "parataxis" or "advcl" or "root"); word = parse.Tokens[word.Head])
            // (A noun under "about", or a gerund the parser hangs on the text noun with "about" as its mark.)
            if (parse.Dependents(word.Index).Any(d => d.BaseRelation is "case" or "mark" && occasions.TopicCases.Contains(ClauseSyntax.Lemma(d))) &&
                occasions.TextNouns.Contains(parse.Tokens[word.Head].Form.ToLowerInvariant()))
                return true;
        return false;
    }

    // A meeting whose event word, the noun its verb hangs on or its subject is a forum ("roundtable", "seminar") or a
    // forum's role ("participants"), with no party named in that word's phrase ("Participants from the Kazakh and Uzbek
    // border services", "a seminar of Kyrgyz and Tajik border officers" name them; the place it was held at does not count:
    // "at the Institute of ..., Bishkek").
    private bool Forum(ParsedSentence parse, Clause span)
    {
        if (span.Type != IncidentType.DiplomaticMeeting || ParsedClauseRules.TriggerIn(parse, span) is not { } trigger) return false;
        var near = new List<ParsedToken> { trigger };
        if (trigger.Head >= 0 && trigger.BaseRelation == "acl") near.Add(parse.Tokens[trigger.Head]);
        near.AddRange(parse.Dependents(trigger.Index).Where(d => d.BaseRelation == "nsubj"));
        var forum = near.FirstOrDefault(t => occasions.ForumNouns.Contains(ClauseSyntax.Lemma(t)) || occasions.ForumNouns.Contains(t.Form.ToLowerInvariant()) ||
                                             t.BaseRelation == "nsubj" && occasions.ForumRoles.Contains(ClauseSyntax.Lemma(t)));
        if (forum is null) return false;
        var phrase = ParsedClauseRules.Subtree(parse, forum).Where(t => t.Index == forum.Index || InForumPhrase(parse, t, forum)).ToList();
        return !span.SentenceMentions.Any(m => m.Entry.Kind is EntryKind.State or EntryKind.ArmedGroup or EntryKind.Organization &&
                                               phrase.Any(t => m.Start < t.End && t.Start < m.End));
    }

    // A word of the forum's phrase: not the clause or apposition after it, nor what that clause says of a place or a time
    // ("held on Monday at ..., Bishkek"); but the clause's object or agent, who attend it ("a seminar attended by Kyrgyz and
    // Tajik border officers", mend33a).
    private bool InForumPhrase(ParsedSentence parse, ParsedToken word, ParsedToken forum)
    {
        ParsedToken? below = null;
        for (var w = word; w.Head >= 0 && w.Index != forum.Index; below = w, w = parse.Tokens[w.Head])
        {
            if (!(w.Index > forum.Index && w.BaseRelation is "acl" or "appos")) continue;
            if (w.BaseRelation == "appos" || below is null) return false;
            if (!(below.BaseRelation == "obj" || below.BaseRelation == "obl" && occasions.ForumAgentCases.Contains(ClauseSyntax.CaseOf(parse, below) ?? ""))) return false;
        }
        return true;
    }
}
