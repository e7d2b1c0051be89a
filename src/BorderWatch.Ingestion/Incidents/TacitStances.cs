using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Recognition;
using static BorderWatch.Ingestion.Incidents.ClauseText;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// A party's stance told without a speech word (issue 8, para47; words in <c>Lexicon/tacit-frames.json</c>):
/// <list type="bullet">
/// <item>a view owned by a party framing a clause whose subject can act ("In Kazakhstan's view, Uzbek guards have been
/// ..."): an accusation or a claim; "In the minister's view the talks went well" (an event noun as the subject) is none;</item>
/// <item>a party's reply as a verbless head before a colon ("The ministry's reply to the video: no soldier ..."): a denial
/// or a rebuttal;</item>
/// <item>a count set "at" a value by an estimate verb ("put the number of armed men ... at about 300"): a threat
/// assessment; a count of the dead or wounded stays the clash's;</item>
/// <item>something put "on the table" before its object ("has put on the table a free ward"): an offer;</item>
/// <item>a wish for a post, a garrison or troops (WordNet installation or troops class: "residents want a border post"):
/// a request; "residents want a new school" is none.</item>
/// </list>
/// The count is read in a sentence with no statement, like <see cref="PositionFrames"/>' estimate, and replaces what the
/// rules read there; the other frames only in a sentence in which nothing was found. The sentence becomes one statement.
/// </summary>
internal sealed class TacitStances(TacitFrameLexicon words, InstrumentFrameLexicon estimates, Lexicon lexicon)
{
    internal void Apply(ParsedSentence parse, Sentence sentence, List<Token> allTokens, IReadOnlyList<EntityMention> allMentions, List<Clause> spans)
    {
        if (spans.Any(s => s.Type == IncidentType.Statement)) return;
        var head = Count(parse) ?? (spans.Count == 0 ? View(parse) ?? Reply(parse) ?? Table(parse) ?? Wish(parse) : null);
        if (head is null || WholeSentence(allTokens, allMentions, sentence) is not { } whole) return;
        whole.Type = IncidentType.Statement;
        whole.TriggerToken = Math.Max(0, whole.Tokens.FindIndex(t => t.Start == head.Start));
        whole.Declared = true;
        spans.Clear();
        spans.Add(whole);
    }

    /// <summary>"In Uzbekistan's view, Kazakh staff have been ...": "in" + an owned view noun hung on a verb whose subject
    /// is no event noun.</summary>
    internal ParsedToken? View(ParsedSentence parse)
    {
        foreach (var view in parse.Tokens.Where(t => t.Upos == Upos.NOUN && t.BaseRelation is "obl" or "nmod" && words.ViewNouns.Contains(ClauseSyntax.Lemma(t)) && t.Head >= 0))
        {
            var ds = parse.Dependents(view.Index).ToList();
            if (!ds.Any(d => d.BaseRelation == "case" && ClauseSyntax.Lemma(d) == "in") || !ds.Any(d => d.Relation == "nmod:poss")) continue;
            var verb = parse.Tokens[view.Head];
            if (verb.Upos is not (Upos.VERB or Upos.AUX or Upos.ADJ)) continue;
            if (parse.Dependents(verb.Index).FirstOrDefault(d => d.BaseRelation == "nsubj") is not { } subject) continue;
            if (subject.Upos is Upos.NOUN && lexicon.Classes.NounClasses(ClauseSyntax.Lemma(subject)).Any(c => lexicon.ClassTypes.ContainsKey(c))) continue;
            if (subject.Upos is Upos.NOUN or Upos.PROPN or Upos.PRON) return view;
        }
        return null;
    }

    /// <summary>"The Border Service's answer to the video: no soldier ...": an owned reply noun as the root, a colon after it.</summary>
    internal ParsedToken? Reply(ParsedSentence parse)
    {
        if (parse.Root is not { Upos: Upos.NOUN } root || !words.ReplyNouns.Contains(ClauseSyntax.Lemma(root))) return null;
        if (!parse.Dependents(root.Index).Any(d => d.Relation == "nmod:poss")) return null;
        return parse.Tokens.Skip(root.Index + 1).TakeWhile(t => t.Upos != Upos.VERB).Any(t => t.Form == ":") ? root : null;
    }

    /// <summary>"put the number of armed men waiting on the bank at about 300": an estimate verb, a count as its object,
    /// "at" before the next comma; not a count of casualties.</summary>
    internal ParsedToken? Count(ParsedSentence parse)
    {
        var all = parse.Tokens;
        foreach (var noun in all.Where(t => t.Upos == Upos.NOUN && t.BaseRelation == "obj" && words.CountNouns.Contains(ClauseSyntax.Lemma(t)) && t.Head >= 0))
        {
            var verb = all[noun.Head];
            if (verb.Upos != Upos.VERB || !estimates.EstimateVerbs.Contains(ClauseSyntax.Lemma(verb))) continue;
            var counted = parse.Dependents(noun.Index).Where(d => d.BaseRelation == "nmod").ToList();
            if (counted.Any(c => words.TollWords.Contains(ClauseSyntax.Lemma(c)) || words.TollWords.Contains(c.Form.ToLowerInvariant()))) continue;
            if (all.Skip(noun.Index + 1).TakeWhile(t => t.Form is not ("," or ";")).Any(t => t.Upos == Upos.ADP && ClauseSyntax.Lemma(t) == "at")) return verb;
        }
        return null;
    }

    /// <summary>"has put on the table a free ward": a table verb, "on the table" before its object.</summary>
    internal ParsedToken? Table(ParsedSentence parse)
    {
        foreach (var verb in parse.Tokens.Where(t => t.Upos == Upos.VERB && words.TableVerbs.Contains(ClauseSyntax.Lemma(t))))
        {
            var ds = parse.Dependents(verb.Index).ToList();
            var table = ds.FirstOrDefault(d => d.BaseRelation == "obl" && words.TableNouns.Contains(ClauseSyntax.Lemma(d)) &&
                                               parse.Dependents(d.Index).Any(c => c.BaseRelation == "case" && ClauseSyntax.Lemma(c) == "on"));
            if (table is not null && ds.Any(d => d.BaseRelation == "obj" && d.Index > table.Index)) return verb;
        }
        return null;
    }

    /// <summary>"Residents want a permanent border post": a wish verb whose object is a post, a garrison or troops.</summary>
    internal ParsedToken? Wish(ParsedSentence parse)
    {
        foreach (var verb in parse.Tokens.Where(t => t.Upos == Upos.VERB && words.WishVerbs.Contains(ClauseSyntax.Lemma(t))))
        {
            if (parse.Dependents(verb.Index).FirstOrDefault(d => d.BaseRelation == "obj" && d.Upos == Upos.NOUN) is not { } thing) continue;
            if (lexicon.Classes.NounClasses(ClauseSyntax.Lemma(thing)).Any(words.ForceClasses.Contains)) return verb;
        }
        return null;
    }
}
