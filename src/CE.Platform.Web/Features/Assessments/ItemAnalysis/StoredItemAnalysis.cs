using System.Text.Json;
using System.Text.Json.Serialization;

namespace CE.Platform.Web.Features.Assessments.ItemAnalysis;

/// <summary>Which attempts a report counts.</summary>
public enum ItemAnalysisScope
{
    /// <summary>Each learner's first attempt at the module: the default, untouched by practice on earlier draws.</summary>
    FirstAttempts,
    AllAttempts,
}

/// <summary>The latest item analysis of one module over one scope, replaced by each run of <see cref="ItemAnalysisJob"/>.</summary>
public sealed class StoredItemAnalysis
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    public int Id { get; set; }
    public int ModuleId { get; set; }
    public ItemAnalysisScope Scope { get; set; }
    public DateTime ComputedAtUtc { get; set; }
    public int AttemptsCounted { get; set; }

    /// <summary>The <see cref="ItemAnalysisReport"/> as JSON.</summary>
    public required string PayloadJson { get; set; }

    public ItemAnalysisReport Report() =>
        JsonSerializer.Deserialize<ItemAnalysisReport>(PayloadJson, Json) ?? throw new InvalidOperationException("Empty item analysis payload.");

    public static string ToJson(ItemAnalysisReport report) => JsonSerializer.Serialize(report, Json);
}
