using BorderWatch.Ingestion.Language;
using static BorderWatch.Ingestion.Incidents.ClauseSyntax;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// A ban told as a state or an order (recall43, issue 8), part of the closure frame: "Since 2 May the Border Troops have
/// barred hunters from the strip", "fishing in the frontier zone is prohibited at night from 1 June". SCHEMA.md records a
/// border zone, river or road closed to people or vehicles as patrol-surveillance, dated from its start.
/// </summary>
internal sealed partial class SceneFrames
{
    /// <summary>
    /// One of the frame's banVerbs (active "has barred visitors from", passive "is prohibited", its participle read as an adjective: <see cref="Closing"/>) from a start that holds a
    /// date (<see cref="DatedStart"/>: "since 20 May", "from 1 June"), in a sentence anchored on the border zone
    /// (<see cref="ZoneAnchor"/>). Without a dated start a ban is how the rule stands ("Entry into the border zone without
    /// a pass is prohibited", "Copying is prohibited"), no measure taken; a negated or hedged ban is left to
    /// <see cref="Read"/>'s test as every frame's.
    /// </summary>
    private SceneEvent? Ban(Setting s, SceneFrame f)
    {
        if (!ZoneAnchor(s.Parse, f)) return null;
        foreach (var v in s.T)
        {
            if (!Closing(s.Parse, v, f["banVerbs"]) || !DatedStart(s.Parse, v, f)) continue;
            return new(f.Type, v, f.Name);
        }
        return null;
    }
}
