using System.Text;
using System.Text.Json;

namespace CE.Platform.Web.Features.Assessments.ItemAnalysis;

/// <summary>
/// Reads the three JSON columns of an attempt with <see cref="Utf8JsonReader"/>, taking only what item
/// analysis needs. A nightly run parses 300,000 small documents; the general serializer spent most of
/// the run's time on them. The formats are the ones <see cref="QuizAttempt"/> writes.
/// </summary>
public static class AttemptJson
{
    /// <summary>The question ids of a DrawJson list, in order (the option order is skipped).</summary>
    public static List<string> DrawnIds(string json)
    {
        var ids = new List<string>(12);
        var reader = Reader(json, stackalloc byte[MaxStack]);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 2 && reader.ValueTextEquals("QuestionId"u8))
            {
                reader.Read();
                ids.Add(reader.GetString()!);
            }
        }

        return ids;
    }

    /// <summary>An AnswersJson map: question id → option keys chosen.</summary>
    public static Dictionary<string, string[]> Answers(string json)
    {
        var answers = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var reader = Reader(json, stackalloc byte[MaxStack]);
        var keys = new List<string>(4);
        string? question = null;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName when reader.CurrentDepth == 1:
                    question = reader.GetString();
                    keys.Clear();
                    break;
                case JsonTokenType.String when reader.CurrentDepth == 2:
                    keys.Add(reader.GetString()!);
                    break;
                case JsonTokenType.EndArray when question is not null:
                    answers[question] = [.. keys];
                    break;
            }
        }

        return answers;
    }

    /// <summary>An AnswerTimesJson map: question id → second first answered (empty when null).</summary>
    public static Dictionary<string, int> Times(string? json)
    {
        var times = new Dictionary<string, int>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(json))
        {
            return times;
        }

        var reader = Reader(json, stackalloc byte[MaxStack]);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                var question = reader.GetString()!;
                reader.Read();
                times[question] = reader.GetInt32();
            }
        }

        return times;
    }

    private const int MaxStack = 4096;

    private static Utf8JsonReader Reader(string json, Span<byte> stack)
    {
        var buffer = Encoding.UTF8.GetMaxByteCount(json.Length) <= stack.Length ? stack : new byte[Encoding.UTF8.GetMaxByteCount(json.Length)];
        return new Utf8JsonReader(buffer[..Encoding.UTF8.GetBytes(json, buffer)]);
    }
}
