using System.Text.Json.Serialization;

namespace BorderWatch.Core.Review;

/// <summary>
/// <see cref="IncidentCorrection"/>'s JSON, written and read by code generated at build time instead of
/// System.Text.Json's reflection (store47): the same options as <see cref="IncidentCorrection.Json"/> (nulls left out,
/// enums by name, the casualty report in its notation through its own converter), so the text is the same; the first
/// correction a process reads or writes (and every <c>IsEmpty</c>/equality, which compare the JSON) builds no
/// serializer by reflection, and the path needs no reflection metadata (trimming, NativeAOT).
/// </summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, UseStringEnumConverter = true)]
[JsonSerializable(typeof(IncidentCorrection))]
internal sealed partial class CorrectionJson : JsonSerializerContext;
