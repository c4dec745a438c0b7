using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CE.Platform.Testing;

namespace CE.Platform.Tests.Provisioning;

/// <summary>
/// Replays the request sequences Microsoft Entra ID, Okta and RFC 7644 document (Vectors/*/*.json) through
/// the real pipeline, each in a fresh organisation: every step's status, the fields it names (JSON
/// pointers) and the fields it says must be absent. <c>${name}</c> is a value captured by an earlier step;
/// <c>${run}</c> keeps the addresses of one replay apart from another's.
/// </summary>
public abstract partial class ScimVectorTests(AppFixture app)
{
    public static TheoryData<string> Vectors() =>
        [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Provisioning", "Vectors"), "*.json", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Path.Combine(AppContext.BaseDirectory, "Provisioning", "Vectors"), f)).Order()];

    [Theory]
    [MemberData(nameof(Vectors))]
    public async Task A_documented_request_sequence_gets_the_documented_answers(string vector)
    {
        var document = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Provisioning", "Vectors", vector)))!.AsObject();
        using var scim = await ScimSteps.ClientAsync(app, await OrganisationSteps.CreateAsync(app));
        var values = new Dictionary<string, string> { ["run"] = Guid.NewGuid().ToString("N")[..8] };
        foreach (var step in document["steps"]!.AsArray().Select(s => s!.AsObject()))
        {
            var name = step["name"]!.GetValue<string>();
            var body = step["body"] is { } b ? Substitute(b.ToJsonString(), values, escapeJson: true) : null;
            var (status, answer, contentType) = await scim.SendAsync(step["method"]!.GetValue<string>(), Substitute(step["path"]!.GetValue<string>(), values, escapeJson: false), body);
            var expect = step["expect"]!.AsObject();
            Assert.True(expect["status"]!.GetValue<int>() == status, $"{vector}, '{name}': status {status}, expected {expect["status"]}. {answer?.ToJsonString()}");
            if (answer is not null)
            {
                Assert.True(contentType == "application/scim+json", $"{vector}, '{name}': content type {contentType}");
            }

            foreach (var (pointer, expected) in expect["fields"]?.AsObject() ?? [])
            {
                var actual = Find(answer, pointer);
                var wanted = expected is JsonValue v && v.GetValueKind() == JsonValueKind.String ? JsonValue.Create(Substitute(v.GetValue<string>(), values, escapeJson: false)) : expected;
                Assert.True(JsonNode.DeepEquals(actual, wanted), $"{vector}, '{name}': {pointer} is {actual?.ToJsonString() ?? "absent"}, expected {wanted?.ToJsonString()}. {answer?.ToJsonString()}");
            }

            foreach (var pointer in expect["absent"]?.AsArray().Select(p => p!.GetValue<string>()) ?? [])
            {
                Assert.True(Find(answer, pointer) is null, $"{vector}, '{name}': {pointer} should be absent. {answer?.ToJsonString()}");
            }

            foreach (var (key, pointer) in step["capture"]?.AsObject() ?? [])
            {
                values[key] = Find(answer, pointer!.GetValue<string>())!.GetValue<string>();
            }
        }
    }

    /// <summary>A JSON pointer (RFC 6901) into <paramref name="root"/>; null when any step is missing.</summary>
    public static JsonNode? Find(JsonNode? root, string pointer) =>
        pointer.Split('/').Skip(1).Select(p => p.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal))
            .Aggregate(root, (node, part) => node switch
            {
                JsonObject o => o.TryGetPropertyValue(part, out var child) ? child : null,
                JsonArray a when int.TryParse(part, out var i) && i < a.Count => a[i],
                _ => null,
            });

    private static string Substitute(string text, Dictionary<string, string> values, bool escapeJson) =>
        Placeholder().Replace(text, m => values.TryGetValue(m.Groups[1].Value, out var value)
            ? (escapeJson ? JsonEncodedText.Encode(value).ToString() : value)
            : throw new InvalidOperationException($"No value captured for {m.Value}."));

    [GeneratedRegex(@"\$\{(\w+)\}")]
    private static partial Regex Placeholder();
}

[Collection(Collections.Sqlite)]
public sealed class SqliteScimVectorTests(SqliteAppFixture app) : ScimVectorTests(app);

[Collection(Collections.PostgreSql)]
public sealed class PostgreSqlScimVectorTests(PostgreSqlAppFixture app) : ScimVectorTests(app);
