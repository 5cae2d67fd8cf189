/**
 * @file gazetteer.hpp
 * @brief The cities whose designations are public record (DOMAIN.md,
 *        "Gazetteer facts"), with what the paper states of their institutions.
 */
#ifndef CITYDIP_MODEL_GAZETTEER_HPP
#define CITYDIP_MODEL_GAZETTEER_HPP

#include <citydip/config.hpp>
#include <citydip/model/city.hpp>

#include <span>
#include <string_view>
#include <vector>

CITYDIP_BEGIN_NAMESPACE

/**
 * @return every city of the gazetteer: the municipalities, special
 * administrative regions, sub-provincial cities, special economic zones,
 * coastal open cities and provincial capitals (with the seats of the
 * autonomous regions), each with its designations and their dates.
 *
 * Institutional fields are filled only where the paper states them (the city
 * spirits of Beijing, Shanghai and Shenzhen, Z-3.1-2; Hong Kong's overseas
 * offices and its membership as "Hong Kong, China", Z-3.3-1; the
 * internationalisation strategies of Shanghai, Beijing, Guangzhou, Shenzhen,
 * Xi'an and Wuhan, Z-4.3); all else is unknown. Provinces are recorded only where DOMAIN.md states them. Any other
 * Chinese city is a `small_medium_city` that the caller describes.
 *
 * The cities live as long as the program and never change. `decide` relies on
 * that: for a gazetteer city it reads the tier from a timeline computed once
 * from the city's designations, which gives what `city::tier_on` gives. To
 * decide for a city with other designations, copy it and change the copy.
 */
CITYDIP_API std::span<const city> gazetteer() noexcept;

/**
 * @brief Looks a city up by id (`xian`), Chinese name (西安) or English name
 *        (Xi'an). English names match without regard to case, accents,
 *        full-width forms, spaces, hyphens, underscores or apostrophes
 *        ("urumqi" finds Ürümqi, "hong kong" finds Hong Kong). A name may
 *        carry its administrative suffix (深圳市, 香港特别行政区, Shenzhen
 *        City, Shenzhen Shi, Beijing Municipality, Macao SAR, Hong Kong
 *        Special Administrative Region) and spaces around it; the
 *        abbreviation HKSAR and the spelling Macau are known
 *        (docs/model.md, "How names are matched").
 * @return the city, or null when the gazetteer has none of that name.
 */
CITYDIP_API const city* find_city(std::string_view id_or_name) noexcept;

/**
 * @brief The gazetteer city that @p name is plausibly a typo of, for a "did
 *        you mean": within one edit of exactly one city's id or English name
 *        (two for names of eight letters or more; a swap of neighbouring
 *        letters counts one) that begins with the same letter, compared
 *        folded and without an English suffix such as City. Null otherwise:
 *        never a guess between two cities, and not another city's name for
 *        Wuhu (not Wuhan), Suzhou (not Fuzhou) or Changzhou (not Hangzhou).
 *        Pinyin names are close, so a real city outside the gazetteer within
 *        one edit of one inside it (Nanchong and Nanchang) is still taken for
 *        a typo; telling them apart needs a list of real cities the library
 *        does not yet have.
 */
CITYDIP_API const city* suggest_city(std::string_view name);

/**
 * @brief The gazetteer cities whose id, Chinese name or English name contains
 *        @p query, in gazetteer order: all of them for an empty query. Ids
 *        and English names are compared folded (`fold_name`), so "guang zhou"
 *        and "GUANGZHOU" find Guangzhou; Chinese names as written (深圳
 *        finds 深圳); with them, the city `find_city` finds for the whole
 *        query (深圳市, Macau). What `citydip cities QUERY` and
 *        `GET /v1/cities?q=` list.
 */
CITYDIP_API std::vector<const city*> search_cities(std::string_view query);

/**
 * @brief Folds an English name for matching: ASCII lower case, Latin accents
 *        removed, full-width forms (ＳＨＥＮＺＨＥＮ) as ASCII, spaces
 *        (also U+3000), hyphens, underscores, full stops and apostrophes
 *        dropped.
 */
CITYDIP_API std::string fold_name(std::string_view name);

CITYDIP_END_NAMESPACE

#endif
