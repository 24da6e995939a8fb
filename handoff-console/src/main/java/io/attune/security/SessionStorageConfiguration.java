package io.attune.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.SerializingConverter;

/**
 * How HTTP sessions' attributes are stored in the database (Spring Session JDBC, see application.yml):
 * serialized Java as Spring Session does by default, but read forgivingly ({@link SessionAttributeDeserializer}),
 * because sessions now outlive a deploy.
 */
@Configuration(proxyBeanMethods = false)
class SessionStorageConfiguration {

    /** Spring Session's JDBC configuration takes the conversion service of this bean name. */
    @Bean
    ConversionService springSessionConversionService() {
        GenericConversionService conversions = new GenericConversionService();
        conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
        conversions.addConverter(byte[].class, Object.class,
                new SessionAttributeDeserializer(SessionStorageConfiguration.class.getClassLoader()));
        return conversions;
    }
}
