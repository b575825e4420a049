using Spectre.Console;
using Spectre.Console.Rendering;

namespace Governance.Rules.Tool.Views;

/// <summary>
/// Tables measured for Chinese text: Spectre.Console counts an East Asian wide character as two columns. The border is
/// plain ASCII (Markdown style), so terminals that draw box-drawing characters double-width still line up.
/// </summary>
internal sealed class TextTables
{
    private readonly TextWriter _writer;
    private readonly StringWriter _buffer = new();
    private readonly IAnsiConsole _console;

    public TextTables(TextWriter writer, int width)
    {
        _writer = writer;
        _console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(_buffer),
        });
        _console.Profile.Width = width;
    }

    /// <summary>The width of the standard output: the terminal's, or 160 columns when redirected to a file or a pipe.</summary>
    public static int ConsoleWidth()
    {
        try
        {
            return Console.IsOutputRedirected ? 160 : Math.Max(60, Console.WindowWidth);
        }
        catch (IOException)
        {
            return 160;
        }
    }

    /// <summary>A table with a header row; columns whose header starts with '>' are right-aligned (numbers).</summary>
    public static Table Create(params string[] headers)
    {
        var table = new Table().Border(TableBorder.Markdown);
        foreach (var h in headers)
        {
            var right = h.StartsWith('>');
            var column = new TableColumn(new Spectre.Console.Text(right ? h[1..] : h));
            table.AddColumn(right ? column.RightAligned() : column);
        }

        return table;
    }

    /// <summary>A two-column table of labelled lines (label, value).</summary>
    public static Table Labelled(string labelHeader, string valueHeader, IEnumerable<(string Label, string? Value)> rows)
    {
        var table = Create(labelHeader, valueHeader);
        foreach (var (label, value) in rows)
        {
            if (!string.IsNullOrEmpty(value))
            {
                Add(table, label, value);
            }
        }

        return table;
    }

    public static void Add(Table table, params string?[] cells) =>
        table.AddRow(cells.Select(c => (IRenderable)new Spectre.Console.Text(c ?? string.Empty)).ToArray());

    /// <summary>Writes the table without the blank rows the Markdown border leaves above and below it, and without trailing spaces.</summary>
    public void Write(Table table)
    {
        _buffer.GetStringBuilder().Clear();
        _console.Write(table);
        foreach (var line in _buffer.ToString().Split('\n'))
        {
            var trimmed = line.TrimEnd();
            if (trimmed.Length > 0)
            {
                _writer.WriteLine(trimmed);
            }
        }
    }
}
