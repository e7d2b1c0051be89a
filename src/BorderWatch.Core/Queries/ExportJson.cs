using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace BorderWatch.Core.Queries;

/// <summary>
/// An exported <see cref="IncidentRecord"/> (the JSON export's elements, the GeoJSON export's properties) written by code
/// generated at build time instead of System.Text.Json's reflection (store47), with the same settings as
/// <see cref="IncidentExport.JsonOptions"/> (camel-case names, indented, the relaxed encoder), so the bytes are the same:
/// a CLI export no longer builds the record's serializer by reflection, and the path needs no reflection metadata.
/// </summary>
[JsonSerializable(typeof(IncidentRecord))]
internal sealed partial class ExportJson : JsonSerializerContext
{
    /// <summary>The record's generated writer, bound to options equal to <see cref="IncidentExport.JsonOptions"/>'s.</summary>
    public static readonly JsonTypeInfo<IncidentRecord> Record = new ExportJson(new JsonSerializerOptions
    {
        PropertyNamingPolicy = IncidentExport.JsonOptions.PropertyNamingPolicy,
        WriteIndented = IncidentExport.JsonOptions.WriteIndented,
        Encoder = IncidentExport.JsonOptions.Encoder,
    }).IncidentRecord;
}
