using System.Collections.Immutable;

using static ThuVien.Catalog.Demo.DemoSubjects;

namespace ThuVien.Catalog.Demo;

/// <summary>
/// Every work of the demo catalogue, in the order the records are numbered. The lists live in one
/// partial file per part of the collection; this file holds the shorthand they are written in.
/// </summary>
internal static partial class DemoWorks
{
    public static IEnumerable<DemoWork> All() =>
    [
        .. VietnameseClassics(),
        .. VietnameseModern(),
        .. VietnameseContemporary(),
        .. Anthologies(),
        .. Translations(),
        .. TranslatedSeries(),
        .. EnglishLiterature(),
        .. FrenchLiterature(),
        .. ChildrensBooks(),
        .. Textbooks(),
        .. ScienceAndTechnology(),
        .. HistoryAndGeography(),
        .. HistorySets(),
        .. ReferenceWorks(),
        .. Serials(),
        .. Theses(),
        .. MapsAndMedia(),
        .. EBooks(),
    ];

    private static DemoWork Work(DemoKind kind, string title, DemoPerson? author, DemoPublisher publisher, int year, string ddc, int pages, params DemoSubject[] subjects) =>
        new()
        {
            Kind = kind,
            Title = title,
            Author = author,
            Publisher = publisher,
            Year = year,
            Ddc = ddc,
            Pages = pages,
            Subjects = [.. subjects],
        };

    private static DemoWork Book(string title, DemoPerson? author, DemoPublisher publisher, int year, string ddc, int pages, params DemoSubject[] subjects) =>
        Work(DemoKind.Book, title, author, publisher, year, ddc, pages, subjects);

    /// <summary>A Vietnamese novel: "tiểu thuyết" as other title information, 895.9223, 008/33 f.</summary>
    private static DemoWork Novel(string title, DemoPerson author, DemoPublisher publisher, int year, int pages, string? summary = null) =>
        Book(title, author, publisher, year, "895.9223", pages, VietnameseNovels) with { Subtitle = "tiểu thuyết", LiteraryForm = 'f', Summary = summary };

    /// <summary>A Vietnamese collection of short stories: 895.9223, 008/33 j.</summary>
    private static DemoWork Stories(string title, DemoPerson author, DemoPublisher publisher, int year, int pages, string? summary = null) =>
        Book(title, author, publisher, year, "895.9223", pages, VietnameseShortStories) with { Subtitle = "tập truyện ngắn", LiteraryForm = 'j', Summary = summary };

    /// <summary>Vietnamese poetry: 895.9221, 008/33 p.</summary>
    private static DemoWork Poems(string title, DemoPerson author, DemoPublisher publisher, int year, int pages, string? summary = null) =>
        Book(title, author, publisher, year, "895.9221", pages, VietnamesePoetry) with { LiteraryForm = 'p', Height = 19, Summary = summary };

    /// <summary>Vietnamese essays, memoirs and reportage: 895.9228 (miscellaneous writings), 008/33 e.</summary>
    private static DemoWork Prose(string title, DemoPerson author, DemoPublisher publisher, int year, int pages, DemoSubject subject, string? summary = null) =>
        Book(title, author, publisher, year, "895.9228", pages, subject) with { LiteraryForm = 'e', Summary = summary };

    private static DemoWork Children(string title, DemoPerson? author, DemoPublisher publisher, int year, string ddc, int pages, params DemoSubject[] subjects) =>
        Work(DemoKind.Children, title, author, publisher, year, ddc, pages, subjects) with { Audience = 'j', Illustrated = true, Height = 20 };

    private static ImmutableArray<DemoContribution> Translated(params DemoPerson[] translators) =>
        [.. translators.Select(t => new DemoContribution(t, DemoRoles.Translator))];

    private static DemoContribution As(DemoPerson person, string role) => new(person, role);
}
