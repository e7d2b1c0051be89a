using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Gazetteer;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Recognition;
using static BorderWatch.Ingestion.Incidents.ClauseText;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// A party's position told through a document or a post rather than a speech verb (issue 8, para44; words in
/// <c>Lexicon/document-voices.json</c>). A <em>voice</em> is a noun that can carry a party's words (a note, a letter, a
/// list, notices, a version, a doctrine, an outlook) owned by a party (a state, an office, an official, a named group or
/// one of ownerNouns) named in its phrase. Three frames give a sentence to a voice:
/// <list type="bullet">
/// <item>a tail after the last comma: the voice and one of tailVerbs ("..., a list handed to EU diplomats shows", "...,
/// reads the note Dushanbe sent"), or a party and a tail verb that is no report verb ("..., a spokeswoman posted on
/// Telegram", "..., police predict in their annual review");</item>
/// <item>an opening frame: "In the ministry's version, ...", "Under Ashgabat's doctrine, ...", "In the view of a research
/// centre, ..." (a determiner or a possessive, so not "in view of");</item>
/// <item>the voice as the sentence's subject: its own present act ("A note ... holds X responsible", "The outlook has gangs
/// exploiting ...", "The letter seeks goggles") is the party's statement; a report verb ("The letter shows that ...")
/// passes on what it reports; a voice with a that-clause ("put up notices that ...") carries the clause.</item>
/// </list>
/// What a voice passes on is the party's statement when it is a stance (SCHEMA.md: a warning, an assessment, an offer, a
/// request, an accusation, a denial, a policy): a modal of condition, possibility or obligation, a negation, a wish or an
/// expectation, a blame; a future only when negated, blanket ("any convoy") or told in a warning voice (a notice). A fact
/// it reports ("a note says guards fired on Sunday") stays the event. Only a sentence in which no statement was found is
/// read; the sentence becomes one statement.
/// </summary>
internal sealed partial class DocumentVoices(ClauseSyntax syntax, DocumentVoiceLexicon words, VoiceStanceLexicon stances)
{
    internal void Apply(ParsedSentence parse, Sentence sentence, List<Token> allTokens, IReadOnlyList<EntityMention> allMentions, List<Clause> spans)
    {
        if (spans.Any(s => s.Type == IncidentType.Statement)) return;
        var tokens = Slice(allTokens, sentence.Start, sentence.End);
        if (tokens.Count == 0) return;
        var mentions = MentionsIn(allMentions, sentence.Start, sentence.End);
        if (Voiced(parse, tokens, mentions) is not { } head) return;
        spans.Clear();
        spans.Add(new Clause
        {
            Start = sentence.Start, End = sentence.End, Tokens = tokens, Mentions = mentions, SentenceFirstToken = 0,
            ExcerptStart = sentence.Start, SentenceTokens = [.. tokens], SentenceMentions = [.. mentions], Type = IncidentType.Statement,
            TriggerToken = Math.Max(0, tokens.FindIndex(t => t.Start == head.Start)), Declared = true,
        });
    }

    /// <summary>The word the voiced stance hangs on, or null when the sentence is no party's position told through a voice.</summary>
    internal ParsedToken? Voiced(ParsedSentence parse, List<Token> tokens, IReadOnlyList<EntityMention> mentions) =>
        Tail(parse, tokens, mentions) ?? Frame(parse, tokens, mentions) ?? Subject(parse, tokens, mentions) ?? Bid(parse, tokens, mentions);

    /// <summary>"..., a list handed to EU diplomats shows.", "..., a spokesman posted on Telegram."</summary>
    private ParsedToken? Tail(ParsedSentence parse, List<Token> tokens, IReadOnlyList<EntityMention> mentions)
    {
        var seen = parse.Tokens.Where(t => t.Upos != Upos.PUNCT || t.Form == ",").ToList();
        var comma = seen.LastOrDefault(t => t.Form == ",");
        if (comma is null || Quoted(parse, comma)) return null;
        var tail = seen.Where(t => t.Index > comma.Index && t.Upos != Upos.PUNCT).ToList();
        var content = parse.Tokens.Where(t => t.Index < comma.Index).ToList();
        if (tail.Count is < 2 or > 16 || content.Count < 4) return null;
        var verb = tail.FirstOrDefault(t => TailVerb(parse, t));
        if (verb is null) return null;
        // The tail only attributes: no auxiliary but the tail verb's ("..., is neutral and argues ..."; "..., have made clear" is one), no speech word (", the troops said in
        // a statement posted on their website" is the speech path's).
        if (tail.Any(t => t.Upos == Upos.AUX && t.Head != verb.Index)) return null;
        var tailWords = tokens.Where(t => t.Start >= tail[0].Start && t.End <= tail[^1].End).ToList();
        if (syntax.Lexicon.Speech.Matches(tailWords).Count > 0) return null;
        var voice = tail.FirstOrDefault(t => Voice(t) || Instrument(t));
        var owned = Owned(tail, tokens, mentions);
        if (!owned) return null;
        // (A party's tail needs a verb that is no report: "..., the spokesman posted", not "..., the officer shows".)
        if (voice is null && words.ReportVerbs.Contains(ClauseSyntax.Lemma(verb))) return null;
        var head = ClauseSyntax.HeadOf(parse, parse.Tokens[0].Start, comma.Start) ?? content[0];
        if (words.AssessVerbs.Contains(ClauseSyntax.Lemma(verb))) return head;
        return Stance(parse, content, voice is not null && FutureSpeaks(voice)) ? head : null;
    }

    /// <summary>"In the Turkmen foreign ministry's version, nothing happened", "Under Ashgabat's doctrine, no army may ...".</summary>
    private ParsedToken? Frame(ParsedSentence parse, List<Token> tokens, IReadOnlyList<EntityMention> mentions)
    {
        var first = parse.Tokens.FirstOrDefault(t => t.Upos != Upos.PUNCT);
        if (first is null || !words.FrameOpeners.Contains(ClauseSyntax.Lemma(first))) return null;
        var comma = parse.Tokens.FirstOrDefault(t => t.Form == ",");
        if (comma is null || comma.Index - first.Index is < 3 or > 12) return null;
        var frame = parse.Tokens.Where(t => t.Index > first.Index && t.Index < comma.Index).ToList();
        if (frame[0].Upos != Upos.DET && !frame.Any(t => t.Form is "'s" or "’s")) return null;
        if (frame.FirstOrDefault(t => Voice(t) || Judging(t)) is not { } framed || !Owned(frame, tokens, mentions)) return null;
        var content = parse.Tokens.Where(t => t.Index > comma.Index).ToList();
        if (content.Count < 3 || !Stance(parse, content, FutureSpeaks(framed))) return null;
        return ClauseSyntax.HeadOf(parse, comma.End, parse.Tokens[^1].End) ?? content[0];
    }

    /// <summary>"A note Tashkent handed to ... holds Kyrgyz officers responsible", "Fresh notices ... spell out that ...",
    /// "commanders have put up notices in Termez that boats ... will be fired on".</summary>
    private ParsedToken? Subject(ParsedSentence parse, List<Token> tokens, IReadOnlyList<EntityMention> mentions)
    {
        var all = parse.Tokens;
        // A voice opening the sentence: only a noun phrase before it.
        var opening = all.TakeWhile(t => t.Upos is Upos.DET or Upos.ADJ or Upos.NOUN or Upos.PROPN or Upos.NUM or Upos.PART ||
                                         t is { Upos: Upos.PUNCT, Form: "-" or "'" } || t is { Upos: Upos.VERB, Xpos: "VBG" or "VBN" }).ToList();
        var voice = opening.LastOrDefault(t => Voice(t) && !OfAThing(parse, t, tokens, mentions));
        if (voice is not null)
        {
            // Its owner in its own phrase: before it ("A research centre's outlook"), or just after it in a relative clause
            // or a "by"/"from" phrase ("A note Tashkent handed ...", "notices posted by the border service"); not a party
            // named further on ("The paper carries a rumour from Hairatan traders": the newspaper's own words).
            var after = all.Skip(voice.Index + 1).ToList();
            var owner = all.Where(t => t.Index <= voice.Index).ToList();
            if (after.Count > 0 && (after[0].Upos == Upos.PROPN || mentions.Any(m => m.Start == after[0].Start) || after[0] is { Upos: Upos.VERB, Xpos: "VBN" } || ClauseSyntax.Lemma(after[0]) is "by" or "from"))
                owner.AddRange(after.Take(5));
            if (!Owned(owner, tokens, mentions)) return null;
            // The voice's verb: the first present verb after it (a past verb there is a relative clause: "A note Tashkent handed ...").
            var verb = all.FirstOrDefault(t => t.Index > voice.Index && t.Xpos is "VBZ" or "VBP");
            if (verb is null || ClauseSyntax.Lemma(verb) is "be" or "do" || all.Any(t => t.Index == verb.Index + 1 && t.Xpos == "VBN")) return null;
            // ("A memo ... was adopted by ...": a past or passive verb of the voice's own before it.)
            if (all.Any(t => t.Index > voice.Index && t.Index < verb.Index && t.Upos == Upos.AUX)) return null;
            if (!words.ReportVerbs.Contains(ClauseSyntax.Lemma(verb))) return verb;
            return Stance(parse, all.Where(t => t.Index > verb.Index).ToList(), words.WarningVoices.Contains(ClauseSyntax.Lemma(voice))) ? verb : null;
        }
        // "... have put up notices in Termez that boats ... will be fired on": the voice's that-clause.
        foreach (var noticed in all.Where(t => Voice(t) && t.Index > 0))
        {
            var that = all.FirstOrDefault(t => t.Index > noticed.Index && t.Index <= noticed.Index + 4 && ClauseSyntax.Lemma(t) == "that");
            if (that is null || all.Any(t => t.Index > noticed.Index && t.Index < that.Index && t.Upos is Upos.VERB or Upos.AUX or Upos.PUNCT)) continue;
            // (The voice is what is put up or handed over, not a place words are put: "put on paper that ..." is an agreement.)
            if (all.LastOrDefault(t => t.Index < noticed.Index && t.Upos is not (Upos.DET or Upos.ADJ or Upos.NOUN or Upos.PROPN or Upos.NUM)) is { Upos: Upos.ADP, Xpos: not "RP" }) continue;
            if (!Owned(all.Where(t => t.Index < noticed.Index).ToList(), tokens, mentions)) continue;
            var content = all.Where(t => t.Index > that.Index).ToList();
            if (content.Count >= 3 && Stance(parse, content, words.WarningVoices.Contains(ClauseSyntax.Lemma(noticed)))) return noticed;
        }
        return null;
    }

    /// <summary>
    /// A stance rather than a fact: a modal of condition, possibility or obligation ("would lend", "could spill over", "no
    /// army may"), a negation ("nothing happened"), a present wish or expectation ("want Brussels to pay", "hopes"), a blame
    /// ("holds X responsible"); a future when negated, blanket ("to any convoy") or in a warning voice.
    /// </summary>
    private bool Stance(ParsedSentence parse, IReadOnlyList<ParsedToken> content, bool warningVoice)
    {
        bool Modal(ParsedToken t, IReadOnlySet<string> set) => t.Xpos == "MD" && set.Contains(t.Form.ToLowerInvariant());
        if (content.Any(t => Modal(t, words.StanceModals))) return true;
        // (A "not" on a verb: "not far from Kulundu" negates no act.)
        var negated = content.Any(t => words.Negations.Contains(t.Form.ToLowerInvariant()) &&
                                       (t.Form.ToLowerInvariant() is not ("not" or "n't") || t.Head >= 0 && parse.Tokens[t.Head].Upos is Upos.VERB or Upos.AUX));
        if (negated) return true;
        if (content.Any(t => Modal(t, words.FutureModals)) && (warningVoice || content.Any(t => words.BlanketWords.Contains(t.Form.ToLowerInvariant())))) return true;
        if (content.Any(t => t.Upos == Upos.VERB && t.Xpos is "VBZ" or "VBP" && words.StanceVerbs.Contains(ClauseSyntax.Lemma(t)))) return true;
        if (Disposed(parse, content) || Ruled(content)) return true;
        return content.Any(t => words.BlameWords.Contains(t.Form.ToLowerInvariant())) && content.Any(t => ClauseSyntax.Lemma(t) == "hold");
    }

    private bool Voice(ParsedToken t) => t.Upos is Upos.NOUN or Upos.PROPN && words.VoiceNouns.Contains(ClauseSyntax.Lemma(t));

    /// <summary>A tail verb, with its particle or complement where it needs one ("makes clear", "spell out").</summary>
    private bool TailVerb(ParsedSentence parse, ParsedToken t)
    {
        var lemma = ClauseSyntax.Lemma(t);
        if (!words.TailVerbs.Contains(lemma) || t.Xpos is "VBG" or "VB") return false;
        // A verb, or a plural noun ending the sentence where the tagger misread the verb ("..., a list handed to diplomats
        // shows."): not "every post on the section".
        if (t.Upos != Upos.VERB && !(t is { Upos: Upos.NOUN, Xpos: "NNS" } && parse.Tokens.Skip(t.Index + 1).All(n => n.Upos == Upos.PUNCT))) return false;
        var next = t.Index + 1 < parse.Tokens.Count ? ClauseSyntax.Lemma(parse.Tokens[t.Index + 1]) : "";
        return lemma switch { "make" => next is "clear" or "plain", "spell" => next == "out", _ => true };
    }

    /// <summary>"the version of the truck", "a list of the dead": a voice whose "of" names no party is a thing's.</summary>
    private bool OfAThing(ParsedSentence parse, ParsedToken voice, List<Token> tokens, IReadOnlyList<EntityMention> mentions)
    {
        if (voice.Index + 1 >= parse.Tokens.Count || ClauseSyntax.Lemma(parse.Tokens[voice.Index + 1]) != "of") return false;
        var phrase = parse.Tokens.Skip(voice.Index + 2).TakeWhile(t => t.Upos is Upos.DET or Upos.ADJ or Upos.NOUN or Upos.PROPN or Upos.NUM or Upos.PART).ToList();
        return phrase.Count == 0 || !Owned(phrase, tokens, mentions);
    }

    /// <summary>A party named among the words: a state, person, group or organisation (not a medium), an official role, or an owner noun.</summary>
    private bool Owned(IReadOnlyList<ParsedToken> span, List<Token> tokens, IReadOnlyList<EntityMention> mentions)
    {
        if (span.Count == 0) return false;
        var (start, end) = (span.Min(t => t.Start), span.Max(t => t.End));
        if (mentions.Any(m => m.Start < end && m.End > start && m.Entry.Kind is not EntryKind.Media)) return true;
        if (span.Any(t => words.OwnerNouns.Contains(ClauseSyntax.Lemma(t)))) return true;
        var inside = tokens.Where(t => t.Start >= start && t.End <= end).ToList();
        return inside.Count > 0 && syntax.Lexicon.OfficialRoles.Matches(inside).Count > 0;
    }

    private static bool Quoted(ParsedSentence parse, ParsedToken at) =>
        parse.Tokens.Count(t => t.Index < at.Index && t.Form is "\"" or "“" or "”") % 2 == 1;
}
