using static ThuVien.Catalog.Demo.DemoPerson;

namespace ThuVien.Catalog.Demo;

/// <summary>The people of the demo catalogue: writers and scholars from abroad, entered surname first.</summary>
internal static partial class DemoPeople
{
    public static readonly DemoPerson Austen = Inverted("Austen, Jane", "1775-1817");
    public static readonly DemoPerson Dickens = Inverted("Dickens, Charles", "1812-1870");
    public static readonly DemoPerson CharlotteBronte = Inverted("Brontë, Charlotte", "1816-1855");
    public static readonly DemoPerson EmilyBronte = Inverted("Brontë, Emily", "1818-1848");
    public static readonly DemoPerson Hardy = Inverted("Hardy, Thomas", "1840-1928");
    public static readonly DemoPerson Orwell = Inverted("Orwell, George", "1903-1950");
    public static readonly DemoPerson Shakespeare = Inverted("Shakespeare, William", "1564-1616");
    public static readonly DemoPerson Woolf = Inverted("Woolf, Virginia", "1882-1941");
    public static readonly DemoPerson Joyce = Inverted("Joyce, James", "1882-1941");
    public static readonly DemoPerson Golding = Inverted("Golding, William", "1911-1993");
    public static readonly DemoPerson Ishiguro = Inverted("Ishiguro, Kazuo", "1954-");
    public static readonly DemoPerson Tolkien = Inverted("Tolkien, J. R. R.", "1892-1973", "J.R.R. Tolkien");
    public static readonly DemoPerson Greene = Inverted("Greene, Graham", "1904-1991");
    public static readonly DemoPerson Fitzgerald = Inverted("Fitzgerald, F. Scott", "1896-1940");
    public static readonly DemoPerson Hemingway = Inverted("Hemingway, Ernest", "1899-1961");
    public static readonly DemoPerson Steinbeck = Inverted("Steinbeck, John", "1902-1968");
    public static readonly DemoPerson Morrison = Inverted("Morrison, Toni", "1931-2019");
    public static readonly DemoPerson HarperLee = Inverted("Lee, Harper", "1926-2016");
    public static readonly DemoPerson Salinger = Inverted("Salinger, J. D.", "1919-2010", "J.D. Salinger");
    public static readonly DemoPerson VietThanhNguyen = Inverted("Nguyen, Viet Thanh", "1971-");
    public static readonly DemoPerson OceanVuong = Inverted("Vuong, Ocean", "1988-");
    public static readonly DemoPerson Carroll = Inverted("Carroll, Lewis", "1832-1898");
    public static readonly DemoPerson MaryShelley = Inverted("Shelley, Mary Wollstonecraft", "1797-1851", "Mary Shelley");
    public static readonly DemoPerson ConanDoyle = Inverted("Doyle, Arthur Conan", "1859-1930");
    public static readonly DemoPerson Melville = Inverted("Melville, Herman", "1819-1891");
    public static readonly DemoPerson Twain = Inverted("Twain, Mark", "1835-1910");
    public static readonly DemoPerson Stevenson = Inverted("Stevenson, Robert Louis", "1850-1894");
    public static readonly DemoPerson Rowling = Inverted("Rowling, J. K.", null, "J.K. Rowling");
    public static readonly DemoPerson Mitchell = Inverted("Mitchell, Margaret", "1900-1949");
    public static readonly DemoPerson Puzo = Inverted("Puzo, Mario", "1920-1999");
    public static readonly DemoPerson Stowe = Inverted("Stowe, Harriet Beecher", "1811-1896");
    public static readonly DemoPerson Hosseini = Inverted("Hosseini, Khaled", "1965-");
    public static readonly DemoPerson DanBrown = Inverted("Brown, Dan", "1964-");
    public static readonly DemoPerson Carnegie = Inverted("Carnegie, Dale", "1888-1955");
    public static readonly DemoPerson Dewey = Inverted("Dewey, Melvil", "1851-1931");
    public static readonly DemoPerson Hornby = Inverted("Hornby, A. S.", "1898-1978", "A.S. Hornby");

    public static readonly DemoPerson Hugo = Inverted("Hugo, Victor", "1802-1885");
    public static readonly DemoPerson Dumas = Inverted("Dumas, Alexandre", "1802-1870");
    public static readonly DemoPerson Malot = Inverted("Malot, Hector", "1830-1907");
    public static readonly DemoPerson SaintExupery = Inverted("Saint-Exupéry, Antoine de", "1900-1944");
    public static readonly DemoPerson Camus = Inverted("Camus, Albert", "1913-1960");
    public static readonly DemoPerson Flaubert = Inverted("Flaubert, Gustave", "1821-1880");
    public static readonly DemoPerson Zola = Inverted("Zola, Émile", "1840-1902");
    public static readonly DemoPerson Stendhal = Direct("Stendhal", "1783-1842");
    public static readonly DemoPerson Duras = Inverted("Duras, Marguerite", "1914-1996");
    public static readonly DemoPerson Verne = Inverted("Verne, Jules", "1828-1905");
    public static readonly DemoPerson Tolstoy = Inverted("Tolstoy, Leo", "1828-1910", "Lev Tolstoy");
    public static readonly DemoPerson Dostoyevsky = Inverted("Dostoyevsky, Fyodor", "1821-1881", "F. Dostoevsky");
    public static readonly DemoPerson Ostrovsky = Inverted("Ostrovsky, Nikolai", "1904-1936", "N. Ostrovsky");
    public static readonly DemoPerson GarciaMarquez = Inverted("García Márquez, Gabriel", "1927-2014");
    public static readonly DemoPerson Coelho = Inverted("Coelho, Paulo", "1947-");
    public static readonly DemoPerson Vasconcelos = Inverted("Vasconcelos, José Mauro de", "1920-1984", "José Mauro de Vasconcelos");
    public static readonly DemoPerson Murakami = Inverted("Murakami, Haruki", "1949-");
    public static readonly DemoPerson Watanabe = Inverted("Watanabe, Jun'ichi", "1933-2014", "Watanabe Junichi");
    public static readonly DemoPerson FujikoFujio = Inverted("Fujiko, F. Fujio", "1933-1996", "Fujiko F. Fujio");
    public static readonly DemoPerson Amicis = Inverted("Amicis, Edmondo de", "1846-1908", "Edmondo De Amicis");
    public static readonly DemoPerson Andersen = Inverted("Andersen, H. C.", "1805-1875", "H.C. Andersen");

    public static readonly DemoPerson Hawking = Inverted("Hawking, Stephen", "1942-2018");
    public static readonly DemoPerson Harari = Inverted("Harari, Yuval Noah", "1976-");
    public static readonly DemoPerson Sagan = Inverted("Sagan, Carl", "1934-1996");
    public static readonly DemoPerson Feynman = Inverted("Feynman, Richard P.", "1918-1988", "Richard P. Feynman");
    public static readonly DemoPerson Cormen = Inverted("Cormen, Thomas H.", null, "Thomas H. Cormen");
    public static readonly DemoPerson Kernighan = Inverted("Kernighan, Brian W.", null, "Brian W. Kernighan");
    public static readonly DemoPerson Ritchie = Inverted("Ritchie, Dennis M.", "1941-2011", "Dennis M. Ritchie");
    public static readonly DemoPerson Knuth = Inverted("Knuth, Donald E.", "1938-", "Donald E. Knuth");
    public static readonly DemoPerson Karnow = Inverted("Karnow, Stanley", "1925-2013");
    public static readonly DemoPerson FrancesFitzGerald = Inverted("FitzGerald, Frances", "1940-");
    public static readonly DemoPerson Sheehan = Inverted("Sheehan, Neil", "1936-2021");
    public static readonly DemoPerson KeithTaylor = Inverted("Taylor, K. W.", "1946-", "K.W. Taylor");
    public static readonly DemoPerson Goscha = Inverted("Goscha, Christopher E.", null, "Christopher Goscha");
}
