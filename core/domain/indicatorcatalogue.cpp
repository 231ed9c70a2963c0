#include "indicatorcatalogue.h"

namespace cii {

const QVector<Indicator> &IndicatorCatalogue::defaults()
{
    using T = Indicator::Type;
    auto i = [](const char *key, const char *zh, const char *en, const char *unit, T type) {
        return Indicator{QString::fromUtf8(key),
                         QString::fromUtf8(zh),
                         QString::fromUtf8(en),
                         QString::fromUtf8(unit),
                         type,
                         {}};
    };
    static const QVector<Indicator> catalogue = {
        i("daily_visits", "日均访问量", "Average daily visits", "人次", T::Integer),
        i("registered_users", "注册用户数", "Registered users", "人", T::Integer),
        i("daily_active_users", "日活跃用户数", "Daily active users", "人", T::Integer),
        i("daily_transaction_cny", "日均成交或交易额", "Average daily transaction value", "元",
          T::Integer),
        i("standard_racks", "数据中心标准机架数", "Data centre standard racks", "个", T::Integer),
        i("people_affected", "影响工作生活人数", "People whose work and life would be affected",
          "人", T::Integer),
        i("city_population_share_pct", "影响地市级人口比例",
          "Share of a prefecture city's population affected", "%", T::Decimal),
        i("utility_people_affected", "影响水电气油暖交通人数",
          "People whose water, power, gas, oil, heating or transport would be affected", "人",
          T::Integer),
        i("personal_info_records", "可能泄露个人信息数量", "Personal information records at risk",
          "人", T::Integer),
        i("direct_loss_cny", "直接经济损失", "Direct economic loss", "元", T::Integer),
        i("deaths", "可能造成死亡人数", "Possible deaths", "人", T::Integer),
        i("serious_injuries", "可能造成重伤人数", "Possible serious injuries", "人", T::Integer),
        i("dependent_sectors", "依赖其关键业务的其他行业数", "Other sectors depending on it", "个",
          T::Integer),
        i("gov_site_level_county_plus", "县级（含）以上党政机关网站",
          "Party or government website at county level or above", "", T::Boolean),
        i("key_news_site", "重点新闻网站", "Key news website", "", T::Boolean),
        i("city_critical_service", "地市级以上政府公共业务或城市管理系统",
          "Public service or city management system at prefecture level or above", "", T::Boolean),
        i("sensitive_org_data_leak", "可能大量泄露单位敏感信息",
          "Large-scale leak of institutions' sensitive information possible", "", T::Boolean),
        i("national_basic_data_leak", "可能大量泄露国家基础数据",
          "Large-scale leak of national basic data possible", "", T::Boolean),
        i("serious_public_harm", "严重损害形象、秩序或国家安全",
          "Serious harm to government image, social order or national security", "", T::Boolean),
    };
    return catalogue;
}

} // namespace cii
